/**
 * Banks → a compiled bank per language: rules' metadata plus one automaton. The compiled
 * form is plain JSON so it can be built once (at build time for the bundled banks, in the
 * background for custom ones) and loaded by the content script without compromise.
 */
import { CATEGORIES, type Category, type Language, type Suggestion } from '../finding';
import type { SentenceModel } from '../model';
import type { ReportedSpeech } from '../reported-speech';
import { fold } from '../tokenize';
import { type Bank, BankError, type BankProblem, type Rule, type SentencePosition } from '../types';
import { AutomatonBuilder, type CompiledAutomaton } from './automaton';
import { ParseCache, PatternError, type PatternNode, parsePattern } from './pattern';
import { OWNERSHIP } from './ownership-frames';
import { REPORTED_SPEECH } from './reported-speech-frames';
import { wordColumns } from './words';

/**
 * 7: the language's ownership frames ride along (no blame-shift flag in "it wasn't the courier,
 * we packed it badly"); 6: reported-speech frames open after where the customer wrote ("in your email you say
 * that …") and take questions retold, so cached banks take them; 5: required sets listed once
 * and named by index (the matcher in each page no longer sorts and compares them); 4: more
 * reported-speech frames (past tense in Russian, "earlier"), so cached banks take them;
 * 3: the language's reported-speech frames ride along; 2: per-state edges and accepts as
 * flat lists with offsets (1: a list per state)
 */
export const COMPILED_FORMAT = 7;

export interface CompiledRule {
  id: string;
  category: Category;
  message: string;
  negatable: boolean;
  suggestions: Suggestion[];
  /** absent: anywhere in the sentence */
  position?: SentencePosition;
}

export interface CompiledBank {
  format: typeof COMPILED_FORMAT;
  language: Language;
  /** ids and versions of the banks merged into this one */
  sources: string[];
  rules: CompiledRule[];
  automaton: CompiledAutomaton;
  /** what the customer's words retold look like in this language (not flagged) */
  reported: ReportedSpeech;
  /** a sentence matching this (flags iu) owns its problem: no blame-shift flag stands in it (ownership-frames.ts) */
  owned?: string;
  /** the bundled standard's sentence model (phrasebank/model.ts), for sentences no rule flags */
  model?: SentenceModel;
}

/** Word forms of a lemma; English ones come from compromise (english-forms.ts). */
export type FormsProvider = (lemma: string, language: Language) => string[] | null;

export interface CompileOptions {
  forms?: FormsProvider;
}

/** Categories whose findings a preceding negation cancels, unless a rule says otherwise. */
const NEGATABLE_BY_DEFAULT: Record<Category, boolean> = {
  'stop-phrase': false,
  'blame-shift': true,
  badmouthing: true,
  overpromise: true,
  runaround: true,
};

/**
 * Merges banks of one language: later banks extend earlier ones, and a rule or module
 * with an id already present replaces it (a custom bank overriding a bundled rule).
 */
export function mergeBanks(banks: Bank[]): Bank {
  if (banks.length === 0) throw new Error('mergeBanks needs at least one bank');
  const [first] = banks;
  const rules = new Map<string, Rule>();
  const modules = new Map<string, Bank['modules'][number]>();
  const lexicons: Record<string, string[]> = {};
  const forms: Record<string, string[]> = {};
  for (const bank of banks) {
    if (bank.language !== first.language) throw new Error(`cannot merge ${bank.language} into ${first.language}`);
    for (const r of bank.rules) rules.set(r.id, r);
    for (const m of bank.modules) modules.set(m.id, m);
    Object.assign(lexicons, bank.lexicons ?? {});
    Object.assign(forms, bank.forms ?? {});
  }
  return {
    ...first,
    id: banks.map((b) => b.id).join('+'),
    rules: [...rules.values()],
    modules: [...modules.values()],
    lexicons,
    forms,
  };
}

/**
 * How common each word is in ordinary text of the bank's language, read off the bank's own
 * polite texts (modules and allowed examples): the matcher anchors patterns on rare words.
 */
function wordFrequency(bank: Bank): (word: string) => number {
  const counts = new Map<string, number>();
  const texts = [...bank.modules.map((m) => m.text), ...bank.rules.flatMap((r) => r.examples?.allow ?? [])];
  let total = 0;
  for (const text of texts) {
    const words = wordColumns(text, bank.language);
    for (let k = 0; k < words.length; k++) {
      const norm = words.norm[k];
      counts.set(norm, (counts.get(norm) ?? 0) + 1);
    }
    total += words.length;
  }
  const scale = total > 0 ? 1000 / total : 0; // per thousand words
  // a stem counts every word it starts: a word's own count plus, by every prefix of it once,
  // those of the longer words it starts, in one table (one lookup per word; counts are whole
  // numbers, so the order they add up in changes nothing)
  const frequency = new Map<string, number>();
  for (const [w, c] of counts) {
    frequency.set(w, (frequency.get(w) ?? 0) + c);
    for (let k = 3; k < w.length; k++) {
      const prefix = w.slice(0, k);
      frequency.set(prefix, (frequency.get(prefix) ?? 0) + c);
    }
  }
  return (word) => (frequency.get(word) ?? 0) * scale;
}

function hasGap(node: PatternNode): boolean {
  switch (node.kind) {
    case 'gap':
      return true;
    case 'seq':
      return node.items.some(hasGap);
    case 'alt':
      return node.options.some(hasGap);
    case 'opt':
      return hasGap(node.item);
    default:
      return false;
  }
}

export function compileBank(bank: Bank, options: CompileOptions = {}): CompiledBank {
  const problems: BankProblem[] = [];
  const language = bank.language;
  const lexiconTrees = new Map<string, PatternNode>();
  const lexiconBusy = new Set<string>();
  const parseCache = new ParseCache();

  const knownForms = new Map<string, string[]>();
  const lemmaForms = (lemma: string): string[] => {
    const known = knownForms.get(lemma);
    if (known) return known;
    const own = bank.forms?.[lemma] ?? Object.entries(bank.forms ?? {}).find(([k]) => fold(k) === lemma)?.[1];
    const forms = own ?? options.forms?.(lemma, language) ?? null;
    if (!forms || forms.length === 0) {
      throw new Error(
        language === 'en'
          ? `no word forms known for "{${lemma}}"`
          : `no word forms for "{${lemma}}": add it to "forms" (tactful forms) or use a stem like ${lemma.slice(0, Math.max(3, lemma.length - 2))}*`,
      );
    }
    const result = [...new Set([lemma, ...forms.map(fold)])];
    knownForms.set(lemma, result);
    return result;
  };

  const lexicon = (name: string): PatternNode => {
    const cached = lexiconTrees.get(name);
    if (cached) return cached;
    const entries = bank.lexicons?.[name];
    if (!entries) throw new Error(`unknown lexicon "@${name}"`);
    if (lexiconBusy.has(name)) throw new Error(`lexicon "@${name}" refers to itself`);
    lexiconBusy.add(name);
    const options = entries.map((entry, k) => {
      try {
        const tree = parsePattern(entry, language, parseCache);
        if (hasGap(tree)) throw new Error('a lexicon entry cannot hold a gap');
        return tree;
      } catch (e) {
        problems.push({ path: `/lexicons/${name}/${k}`, message: (e as Error).message, severity: 'error' });
        return null;
      }
    });
    lexiconBusy.delete(name);
    const valid = options.filter((o): o is PatternNode => o !== null);
    const tree: PatternNode = valid.length === 1 ? valid[0] : { kind: 'alt', options: valid };
    lexiconTrees.set(name, tree);
    return tree;
  };

  const builder = new AutomatonBuilder(wordFrequency(bank), lemmaForms, lexicon);
  const rules: CompiledRule[] = [];
  bank.rules.forEach((rule, index) => {
    if (rule.disabled) return;
    const ruleIndex = rules.length;
    if (!CATEGORIES.includes(rule.category)) {
      problems.push({
        path: `/rules/${index}/category`,
        message: `unknown category "${rule.category}"`,
        severity: 'error',
      });
      return;
    }
    const markers = { patterns: ruleIndex * 2, exceptions: ruleIndex * 2 + 1, unlessSentence: -1 - ruleIndex };
    const addAll = (list: string[] | undefined, key: keyof typeof markers) => {
      (list ?? []).forEach((source, k) => {
        try {
          const tree = parsePattern(source, language, parseCache);
          builder.add(tree, markers[key]);
        } catch (e) {
          const reason = e instanceof PatternError || e instanceof Error ? e.message : String(e);
          problems.push({
            path: `/rules/${index}/${key}/${k}`,
            message: `rule "${rule.id}", pattern "${source}": ${reason}`,
            severity: 'error',
          });
        }
      });
    };
    addAll(rule.patterns, 'patterns');
    addAll(rule.exceptions, 'exceptions');
    addAll(rule.unlessSentence, 'unlessSentence');
    rules.push({
      id: rule.id,
      category: rule.category,
      message: rule.message,
      negatable: rule.negatable ?? NEGATABLE_BY_DEFAULT[rule.category],
      suggestions: [
        ...(rule.replacements ?? []).map((text): Suggestion => ({ kind: 'replace', text })),
        ...(rule.modules ?? []).map((moduleId): Suggestion => ({ kind: 'module', moduleId })),
      ],
      ...(rule.position ? { position: rule.position } : {}),
    });
  });
  if (problems.length > 0) throw new BankError(problems);
  return {
    format: COMPILED_FORMAT,
    language,
    sources: [`${bank.id}@${bank.version}`],
    rules,
    automaton: builder.finish(),
    reported: REPORTED_SPEECH[language],
    owned: OWNERSHIP[language],
  };
}
