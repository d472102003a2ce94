/**
 * The engine: compiled banks + text → findings, in one finding shape everywhere.
 * `DraftChecker` keeps the last text's matches, so a re-check after one keystroke only
 * re-matches the sentences the edit touched (and shifts the rest).
 */
import { commonPrefixLength, commonSuffixLength } from './common-affix';
import type { CompiledBank, CompiledRule } from './compile/compile';
import { endsInsideIndex, quotedSpans } from './context';
import { detectLanguage } from './detect-language';
import type { Finding, Language } from './finding';
import { Matcher, type TokenMatch } from './match';
import { ModelScorer } from './model';
import { type ReportedSpeech, reportedSpans } from './reported-speech';
import { emptyColumns, sentenceEndAfter, sentenceStartBefore, type TokenColumns, tokenColumns } from './tokenize';

/** A match in text offsets, before the quotation filter. */
interface RawFinding {
  rule: number;
  start: number;
  end: number;
  /**
   * set when several matches of one category were made one (mergeByCategory): the
   * replacement of its whole stretch, or '' for none. It depends on its sentence alone, so it
   * stays right while edits in other sentences move the finding.
   */
  fix?: string;
}

/** A raw finding and whether it sits in quoted text (which depends on its own line only). */
interface QuotedFinding extends RawFinding {
  quoted: boolean;
}

/**
 * What a draft needs checked, keystroke after keystroke (DraftChecker, in the content script):
 * the matchers, models and reported-speech frames of the loaded banks. The one-shot API is
 * Engine, below: kept apart so the content script's bundle leaves it out.
 */
export class EngineCore {
  protected readonly matchers = new Map<Language, Matcher>();
  /** scan's tokens, reused: they never outlive a scan */
  protected readonly tokens = emptyColumns();

  private readonly reported = new Map<Language, ReportedSpeech>();
  private readonly models = new Map<Language, ModelScorer>();
  private readonly owned = new Map<Language, RegExp>();

  constructor(banks: CompiledBank[]) {
    for (const bank of banks) {
      this.matchers.set(bank.language, new Matcher(bank));
      if (bank.reported) this.reported.set(bank.language, bank.reported);
      if (bank.model) this.models.set(bank.language, new ModelScorer(bank.model));
      if (bank.owned) this.owned.set(bank.language, new RegExp(bank.owned, 'iu'));
    }
  }

  /** The frames of the customer's words retold in `language` (not flagged; reported-speech.ts). */
  reportedSpeech(language: Language): ReportedSpeech | undefined {
    return this.reported.get(language);
  }

  get languages(): Language[] {
    return [...this.matchers.keys()];
  }

  /** Raw findings of text[from, to); from/to must sit on sentence boundaries. */
  scan(language: Language, text: string, from = 0, to = text.length): RawFinding[] {
    const matcher = this.matchers.get(language);
    if (!matcher) return [];
    const tokens = tokenColumns(text, language, from, to, 0, matcher.needsExactSpellings, this.tokens);
    const raw = mergeByCategory(matcher.matchColumns(tokens), matcher, tokens, text);
    const model = this.models.get(language);
    const found = model ? withModelFindings(raw, model, matcher.rules, tokens) : raw;
    // "It wasn't the courier — we packed it badly" names the courier but blames no one
    const owned = this.owned.get(language);
    return owned
      ? found.filter(
          (f) =>
            this.rule(language, f.rule).category !== 'blame-shift' || !owned.test(sentenceAt(tokens, text, f.start)),
        )
      : found;
  }

  /** A raw finding's rule: a bank rule, or past them the model's rule of a category. */
  private rule(language: Language, index: number): CompiledRule {
    const rules = this.matchers.get(language)!.rules;
    return rules[index] ?? this.models.get(language)!.model.rules[index - rules.length];
  }

  /** Findings of the raw findings that are not quoted. */
  findings(language: Language, text: string, raw: QuotedFinding[]): Finding[] {
    const matcher = this.matchers.get(language);
    if (!matcher || raw.length === 0) return [];
    const out: Finding[] = [];
    for (const r of raw) {
      if (r.quoted) continue;
      const rule = this.rule(language, r.rule);
      out.push({
        ruleId: rule.id,
        category: rule.category,
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        message: rule.message,
        // a merged finding: its replacement if any, then its rule's modules (mergeByCategory)
        suggestions:
          r.fix === undefined
            ? rule.suggestions
            : [{ kind: 'replace', text: r.fix } as const, ...rule.suggestions].filter((x, i) =>
                i ? x.kind === 'module' : r.fix,
              ),
      });
    }
    return out;
  }
}

/** The engine's one-shot API: a text in, its findings out (the CLI, tests, tools). */
export class Engine extends EngineCore {
  /**
   * One-shot check; language detected among the loaded banks when not given. `everyRule`
   * keeps overlapping findings of one category (rule examples need each rule's own view).
   */
  check(text: string, language?: Language, everyRule = false): Finding[] {
    const lang = language ?? detectLanguage(text, this.languages[0] ?? 'en');
    const raw = everyRule ? this.everyMatch(lang, text) : this.scan(lang, text);
    return raw.length === 0
      ? []
      : this.findings(lang, text, markQuoted(this.reportedSpeech(lang), text, raw, 0, text.length));
  }

  /** Every rule's own matches, overlapping ones kept (no merging, no model). */
  private everyMatch(language: Language, text: string): RawFinding[] {
    const matcher = this.matchers.get(language);
    if (!matcher) return [];
    const tokens = tokenColumns(text, language, 0, text.length, 0, matcher.needsExactSpellings, this.tokens);
    return matcher
      .matchColumns(tokens)
      .map((m) => ({ rule: m.rule, start: tokens.start[m.first], end: tokens.end[m.last] }));
  }
}

/** findings of one category this many words apart or closer, in one sentence, are one problem */
export const MERGE_GAP_WORDS = 6;

/**
 * One problem, one flag: findings of one category that overlap, or stand a few words apart in
 * one sentence ("I guarantee … 100 % … tomorrow", "Calm down and read my message"), become
 * one finding from the first's start to the last's end, under the first's rule. Writers who
 * label drafts apart from the banks mark such a stretch as one problem (README, "Accuracy"),
 * and the agent gets one card for it. Its replacement stays whole: each match's first one,
 * joined by the words between as the agent wrote them ("I understand and let me explain
 * again"; the same words twice said once, without the words that joined them); none unless
 * every match has one and none overlaps the next (one match's would overwrite the others').
 * Its modules are its first rule's.
 */
function mergeByCategory(matches: TokenMatch[], matcher: Matcher, tokens: TokenColumns, text: string): RawFinding[] {
  matches.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: RawFinding[] = [];
  /** per category: the last finding kept, and its last token */
  const open = new Map<string, { finding: RawFinding; last: number }>();
  const replacement = (rule: number) =>
    (matcher.rules[rule].suggestions.find((x) => x.kind === 'replace') as { text: string } | undefined)?.text ?? '';
  for (const m of matches) {
    const category = matcher.rules[m.rule].category;
    const prev = open.get(category);
    if (prev && m.first - prev.last <= MERGE_GAP_WORDS + 1 && tokens.sentence[m.first] === tokens.sentence[prev.last]) {
      if (m.last <= prev.last) continue; // inside the flag already (the earliest, longest stands)
      const f = prev.finding;
      f.fix ??= replacement(f.rule);
      const fix = f.fix;
      const next = m.first > prev.last && fix ? replacement(m.rule) : '';
      f.fix = next && (fix.includes(next) ? fix : fix + text.slice(f.end, tokens.start[m.first]) + next);
      f.end = tokens.end[m.last];
      prev.last = m.last;
      continue;
    }
    const finding = { rule: m.rule, start: tokens.start[m.first], end: tokens.end[m.last] };
    out.push(finding);
    open.set(category, { finding, last: m.last });
  }
  return out;
}

/** The text of the sentence of `tokens` that holds the token starting at `at`. */
function sentenceAt(tokens: TokenColumns, text: string, at: number): string {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens.start[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  const sentence = tokens.sentence[lo];
  let first = lo;
  let last = lo;
  while (first > 0 && tokens.sentence[first - 1] === sentence) first--;
  while (last + 1 < tokens.length && tokens.sentence[last + 1] === sentence) last++;
  return text.slice(tokens.start[first], tokens.end[last]);
}

/**
 * `raw` and, for each sentence of `tokens`, the model's flag when it is confident of a
 * category no rule flagged there (rule index rules.length + the category's index in the
 * model), sorted by start. Rules may catch one problem of a sentence and miss another.
 */
function withModelFindings(
  raw: RawFinding[],
  model: ModelScorer,
  rules: CompiledRule[],
  tokens: TokenColumns,
): RawFinding[] {
  const out = [...raw];
  let next = 0; // raw is sorted by start: the first finding that may reach this sentence
  for (let first = 0; first < tokens.length; ) {
    let end = first;
    while (end < tokens.length && tokens.sentence[end] === tokens.sentence[first]) end++;
    const start = tokens.start[first];
    const stop = tokens.end[end - 1];
    while (next < raw.length && raw[next].end <= start) next++;
    const verdict = model.verdict(tokens.norm, first, end, tokens.id);
    // past the rules' findings of other categories in this sentence (findings never cross
    // sentences: one starting before this sentence's end is in it)
    let k = next;
    while (k < raw.length && raw[k].start < stop && rules[raw[k].rule].category !== model.model.categories[verdict])
      k++;
    if (verdict >= 0 && !(k < raw.length && raw[k].start < stop))
      out.push({ rule: rules.length + verdict, start, end: stop });
    first = end;
  }
  return out.length === raw.length ? raw : out.sort((a, b) => a.start - b.start);
}

/**
 * `raw` (sorted by start, all inside text[from, to)) with each one's quoted status. Quoted
 * spans never cross a line break (">" marks a line, quotation marks pair within a
 * paragraph) and findings never do either (a line break ends a sentence), so from/to must
 * sit on line boundaries and only those lines are read.
 */
function markQuoted(
  reported: ReportedSpeech | undefined,
  text: string,
  raw: RawFinding[],
  from: number,
  to: number,
): QuotedFinding[] {
  const lines = from === 0 && to === text.length ? text : text.slice(from, to);
  const spans = [...quotedSpans(lines), ...reportedSpans(lines, reported)].sort((a, b) => a[0] - b[0]);
  const quoted = endsInsideIndex(spans);
  // (fields by name, not a spread: raw findings come with and without a fix, and copying them
  // generically took the slow path)
  return raw.map(({ rule, start, end, fix }) => ({ rule, start, end, fix, quoted: quoted(start - from, end - from) }));
}

/** One draft's checker: remembers the previous text to re-check only what an edit touched. */
export class DraftChecker {
  private text = '';
  private raw: QuotedFinding[] = [];
  /** the findings last returned, for this.raw and this.text */
  private shown: Finding[] | null = null;
  private language: Language | null = null;
  private sample = '';

  constructor(
    private readonly engine: EngineCore,
    /** a fixed language, or null to detect it from the draft */
    private readonly fixedLanguage: Language | null = null,
  ) {}

  update(text: string): Finding[] {
    const language = this.languageOf(text);
    if (language !== this.language) {
      // another language: all of the draft is an edit of an empty one
      this.language = language;
      this.text = '';
      this.raw = [];
      this.shown = null;
    }
    if (text === this.text && this.shown) return this.shown;
    const previous = this.raw;
    const region = text === this.text ? null : this.applyEdit(language, text);
    // Typing away from every flag (the usual keystroke) leaves the findings as they were:
    // the same array comes back, so callers can skip their own work on it.
    if (region && this.shown && sameFindings(previous, this.raw, this.shown, text, region)) return this.shown;
    this.shown = this.engine.findings(language, text, this.raw);
    return this.shown;
  }

  private languageOf(text: string): Language {
    if (this.fixedLanguage) return this.fixedLanguage;
    // detection reads only the draft's beginning; skip it while that is unchanged
    const sample = text.slice(0, 400);
    if (this.language && sample === this.sample) return this.language;
    this.sample = sample;
    return detectLanguage(text, this.language ?? this.engine.languages[0] ?? 'en');
  }

  /** Applies an edit to this.raw and this.text; returns the region [from, to) matched again. */
  private applyEdit(language: Language, text: string): [number, number] {
    const old = this.text;
    const prefix = commonPrefixLength(old, text);
    const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
    const delta = text.length - old.length;
    // re-match whole sentences around the edit, in the new text
    const from = sentenceStartBefore(text, prefix, language);
    const to = sentenceEndAfter(text, text.length - suffix, language);
    const oldTo = to - delta;
    // whole lines around them: the edit may change what is quoted elsewhere in its lines
    const lineFrom = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
    const lineEnd = text.indexOf('\n', Math.max(from, to - 1));
    const lineTo = lineEnd < 0 ? text.length : lineEnd;
    const before: QuotedFinding[] = [];
    const after: QuotedFinding[] = [];
    const relook: RawFinding[] = this.engine.scan(language, text, from, to);
    for (const r of this.raw) {
      if (r.end <= from) (r.start >= lineFrom ? relook : before).push(r);
      else if (r.start >= oldTo) {
        const shifted = { ...r, start: r.start + delta, end: r.end + delta };
        (shifted.end <= lineTo ? relook : after).push(shifted);
      }
    }
    relook.sort((a, b) => a.start - b.start);
    this.raw = [
      ...before,
      ...markQuoted(this.engine.reportedSpeech(language), text, relook, lineFrom, lineTo),
      ...after,
    ].sort((a, b) => a.start - b.start);
    this.text = text;
    return [lineFrom, lineTo];
  }
}

/**
 * Whether `shown` (the findings of `oldRaw`) are still exactly the findings of `newRaw` in
 * `text`: the same rules at the same offsets, and the same words where the edit's region
 * was matched again.
 */
function sameFindings(
  oldRaw: readonly QuotedFinding[],
  newRaw: readonly QuotedFinding[],
  shown: readonly Finding[],
  text: string,
  [from, to]: [number, number],
): boolean {
  if (oldRaw.length !== newRaw.length) return false;
  for (let i = 0; i < newRaw.length; i++) {
    const a = oldRaw[i];
    const b = newRaw[i];
    // (a merged finding's fix too: a rule excused by a word elsewhere in the sentence may drop a part)
    if (a.rule !== b.rule || a.start !== b.start || a.end !== b.end || a.quoted !== b.quoted || a.fix !== b.fix)
      return false;
  }
  return shown.every((f) => f.end <= from || f.start >= to || text.slice(f.start, f.end) === f.text);
}
