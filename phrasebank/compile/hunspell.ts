/**
 * Word forms from Hunspell dictionaries (dictionary-pl, dictionary-ru), for `tactful forms`.
 * Node-only and compile-time only: it generates the forms of one dictionary entry (the
 * "unmunch" of a single line), it never checks spelling. The .dic text is kept as is and
 * searched for the lemma's line on demand (indexing 300 000 entries would cost more than
 * the lookups); forms are generated only for the lines found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from '../tokenize';

type FlagMode = 'char' | 'long' | 'num' | 'utf-8';

/** One character class of a condition: `.`, `x`, `[abc]` or `[^abc]`. */
interface CharTest {
  any: boolean;
  negate: boolean;
  chars: string;
}

interface AffixRule {
  strip: string;
  add: string;
  /** continuation classes applied to the result (one level) */
  next: string[];
  condition: CharTest[];
}

interface AffixClass {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: AffixRule[];
}

/** A generated form and what may still be applied to it. */
interface Derived {
  word: string;
  /** may take an affix of the other kind (cross product) */
  cross: boolean;
  next: string[];
  /** an affix of that kind already sits on it (a second one only through continuation) */
  prefixed: boolean;
  suffixed: boolean;
}

export type HunspellLanguage = 'pl' | 'ru';

const cache = new Map<HunspellLanguage, HunspellForms>();

export class HunspellForms {
  private readonly classes = new Map<string, AffixClass>();
  private readonly aliases: string[][] = [];
  private flagMode: FlagMode = 'char';
  /** flags that keep a form from standing alone (NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD) */
  private readonly hidden = new Set<string>();
  /** the .dic text from its second line on, framed by line breaks so every entry is "\nword/FLAGS\n" */
  private dic = '\n';
  /** folded lower-case word → its entry lines; built on the first miss of the quick search */
  private folded: Map<string, string[]> | null = null;

  /** The bundled dictionary of a language; read once per process. */
  static load(language: HunspellLanguage): HunspellForms {
    const hit = cache.get(language);
    if (hit) return hit;
    // The packages export only index.js; the .aff/.dic sit next to it.
    const dir = dirname(createRequire(import.meta.url).resolve(`dictionary-${language}`));
    const forms = HunspellForms.fromText(
      readFileSync(join(dir, 'index.aff'), 'utf8'),
      readFileSync(join(dir, 'index.dic'), 'utf8'),
    );
    cache.set(language, forms);
    return forms;
  }

  /** From the text of an .aff and a .dic (both UTF-8). */
  static fromText(aff: string, dic: string): HunspellForms {
    const h = new HunspellForms();
    h.parseAff(aff);
    const body = dic.slice(dic.indexOf('\n') + 1); // the first line is the entry count
    h.dic = `\n${body.replace(/\r\n?/g, '\n')}\n`;
    return h;
  }

  /**
   * Every surface form of the entries whose word equals `lemma` (ignoring case; without
   * diacritics/ё when nothing matches exactly), lower-cased, sorted, the lemma included;
   * null when the dictionary does not hold it (or holds no form that may stand alone).
   */
  forms(lemma: string): string[] | null {
    const key = lemma.trim().toLowerCase();
    if (!key) return null;
    let lines = this.quickLines(key);
    if (lines.length === 0) {
      // Mixed case (McDonald) or missing diacritics (zepsuc): the folded index finds both.
      const candidates = this.foldedIndex().get(fold(key)) ?? [];
      const exact = candidates.filter((line) => this.parseLine(line).word === key);
      lines = exact.length > 0 ? exact : candidates;
    }
    const entries = lines.map((line) => this.parseLine(line));
    if (entries.length === 0) return null;
    const out = new Set<string>();
    for (const entry of entries) for (const form of this.expand(entry.word, entry.flags)) out.add(form);
    // An entry whose every form needs a further affix yields nothing usable.
    return out.size > 0 ? [...out].sort() : null;
  }

  /** Entry lines of the word written lower-case, Capitalized or in CAPITALS (indexOf over the text). */
  private quickLines(lower: string): string[] {
    const escaped = lower.replace(/\//g, '\\/');
    const variants = new Set([escaped, escaped[0].toUpperCase() + escaped.slice(1), escaped.toUpperCase()]);
    const lines: string[] = [];
    for (const variant of variants) {
      const needle = `\n${variant}`;
      for (let i = this.dic.indexOf(needle); i >= 0; i = this.dic.indexOf(needle, i + 1)) {
        const next = this.dic[i + needle.length];
        // The word must end there: flags, morphology or the line end follow.
        if (next === '/' || next === '\n' || next === '\t' || next === ' ') {
          lines.push(this.dic.slice(i + 1, this.dic.indexOf('\n', i + 1)));
        }
      }
    }
    return lines;
  }

  private foldedIndex(): Map<string, string[]> {
    if (this.folded) return this.folded;
    const index = new Map<string, string[]>();
    const dic = this.dic;
    for (let start = 1, end = dic.indexOf('\n', 1); end >= 0; start = end + 1, end = dic.indexOf('\n', start)) {
      if (end === start) continue;
      const line = dic.slice(start, end);
      // The word ends at the first "/", tab or space (parseLine only for the rare "\/").
      let stop = start;
      while (stop < end && dic[stop] !== '/' && dic[stop] !== '\t' && dic[stop] !== ' ') stop++;
      const key = fold(line.includes('\\') ? this.parseLine(line).word : dic.slice(start, stop));
      const list = index.get(key);
      if (list) list.push(line);
      else index.set(key, [line]);
    }
    this.folded = index;
    return index;
  }

  /** "word/FLAGS<tab>morphology" → the lower-case word and its flags. */
  private parseLine(raw: string): { word: string; flags: string[] } {
    // Morphological fields follow a tab (or a space); drop them.
    const cut = raw.search(/[\t ]/);
    const line = cut >= 0 ? raw.slice(0, cut) : raw;
    const slash = unescapedSlash(line);
    const word = (slash < 0 ? line : line.slice(0, slash)).replace(/\\\//g, '/').toLowerCase();
    return { word, flags: slash < 0 ? [] : this.decodeFlags(line.slice(slash + 1)) };
  }

  /** The stem, its affixed forms, cross products and one level of continuation classes. */
  private expand(word: string, flags: string[]): Set<string> {
    const out = new Set<string>();
    if (!flags.some((f) => this.hidden.has(f))) out.add(word);
    const base: Derived = { word, cross: true, next: [], prefixed: false, suffixed: false };
    const first: Derived[] = [];
    for (const flag of flags) first.push(...this.apply(base, flag));
    // Cross products: a prefix on each suffixed form (the other order gives the same words).
    const crossed: Derived[] = [];
    for (const d of first) {
      if (!d.cross || !d.suffixed) continue;
      for (const flag of flags) if (this.classes.get(flag)?.kind === 'PFX') crossed.push(...this.apply(d, flag));
    }
    const all = [...first, ...crossed];
    // Continuation classes ("add/FLAGS"): applied once more to the form that carries them.
    const continued: Derived[] = [];
    for (const d of all) for (const flag of d.next) continued.push(...this.apply(d, flag, true));
    for (const d of [...all, ...continued]) {
      if (!d.next.some((f) => this.hidden.has(f))) out.add(d.word);
    }
    return new Set([...out].map((w) => w.toLowerCase()));
  }

  /** One affix class on a form; `continuation` allows a second affix of the same kind. */
  private apply(d: Derived, flag: string, continuation = false): Derived[] {
    const cls = this.classes.get(flag);
    if (!cls) return [];
    const out: Derived[] = [];
    const suffix = cls.kind === 'SFX';
    if (!continuation && ((suffix && d.suffixed) || (!suffix && d.prefixed))) return out;
    // A cross product needs both classes to allow it.
    if (!continuation && (suffix ? d.prefixed : d.suffixed) && !(d.cross && cls.cross)) return out;
    for (const rule of cls.rules) {
      if (!conditionHolds(d.word, rule.condition, suffix)) continue;
      let word: string;
      if (suffix) {
        if (!d.word.endsWith(rule.strip)) continue;
        word = d.word.slice(0, d.word.length - rule.strip.length) + rule.add;
      } else {
        if (!d.word.startsWith(rule.strip)) continue;
        word = rule.add + d.word.slice(rule.strip.length);
      }
      if (word.length === 0) continue;
      out.push({
        word,
        cross: d.cross && cls.cross,
        next: rule.next,
        prefixed: d.prefixed || !suffix,
        suffixed: d.suffixed || suffix,
      });
    }
    return out;
  }

  private parseAff(text: string): void {
    const lines = text.split(/\r?\n/);
    let aliasesExpected = 0;
    for (let i = 0; i < lines.length; i++) {
      const parts = lines[i].trim().split(/\s+/);
      const [key] = parts;
      if (!key || key.startsWith('#')) continue;
      if (key === 'FLAG' && parts[1]) this.flagMode = parts[1].toLowerCase() as FlagMode;
      else if (['NEEDAFFIX', 'PSEUDOROOT', 'ONLYINCOMPOUND', 'FORBIDDENWORD', 'CIRCUMFIX'].includes(key) && parts[1]) {
        this.hidden.add(parts[1]);
      } else if (key === 'AF' && parts[1]) {
        // The header line holds a count; each following AF line one flag set, numbered from 1.
        if (aliasesExpected === 0 && /^\d+$/.test(parts[1]) && parts.length === 2) aliasesExpected = Number(parts[1]);
        else this.aliases.push(this.splitFlags(parts[1]));
      } else if ((key === 'PFX' || key === 'SFX') && parts.length >= 4) {
        const [, flag, second, third] = parts;
        const cls = this.classes.get(flag);
        // Header "SFX F Y 442": second field Y/N, third a count; a rule has strip/add/condition.
        if (!cls && (second === 'Y' || second === 'N') && /^\d+$/.test(third)) {
          this.classes.set(flag, { kind: key, cross: second === 'Y', rules: [] });
          continue;
        }
        if (!cls) continue;
        const [add, next] = splitOnce(third, '/');
        cls.rules.push({
          strip: second === '0' ? '' : second,
          add: add === '0' ? '' : add,
          next: next ? this.decodeFlags(next) : [],
          condition: parseCondition(parts[4] ?? '.'),
        });
      }
    }
  }

  /** Flags as written in a .dic entry or after "add/": alias numbers resolve through AF. */
  private decodeFlags(raw: string): string[] {
    if (this.aliases.length > 0 && /^\d+$/.test(raw)) return this.aliases[Number(raw) - 1] ?? [];
    return this.splitFlags(raw);
  }

  private splitFlags(raw: string): string[] {
    switch (this.flagMode) {
      case 'long':
        return raw.match(/[\s\S]{1,2}/gu) ?? [];
      case 'num':
        return raw.split(',').filter(Boolean);
      default:
        // 'char' and 'UTF-8' alike: one (Unicode) character per flag.
        return [...raw];
    }
  }
}

/** Hunspell's condition syntax: a sequence of `.`, a character, or `[…]` / `[^…]`. */
function parseCondition(source: string): CharTest[] {
  if (source === '.') return [];
  const tests: CharTest[] = [];
  const chars = [...source];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '[') {
      const close = chars.indexOf(']', i + 1);
      const end = close < 0 ? chars.length : close;
      const negate = chars[i + 1] === '^';
      tests.push({ any: false, negate, chars: chars.slice(i + (negate ? 2 : 1), end).join('') });
      i = end;
    } else tests.push({ any: c === '.', negate: false, chars: c });
  }
  return tests;
}

/** A suffix condition is checked against the end of the word, a prefix one against its start. */
function conditionHolds(word: string, tests: CharTest[], suffix: boolean): boolean {
  if (tests.length === 0) return true;
  const chars = [...word];
  if (chars.length < tests.length) return false;
  const offset = suffix ? chars.length - tests.length : 0;
  for (let k = 0; k < tests.length; k++) {
    const t = tests[k];
    if (t.any) continue;
    const inSet = t.chars.includes(chars[offset + k]);
    if (inSet === t.negate) return false;
  }
  return true;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = unescapedSlash(s, sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** Index of the first `/` not written as `\/` (a slash inside a word). */
function unescapedSlash(s: string, sep = '/'): number {
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + 1)) if (s[i - 1] !== '\\') return i;
  return -1;
}
