/**
 * The engine: compiled banks + text → findings, in one finding shape everywhere.
 * `DraftChecker` keeps the last text's matches, so a re-check after one keystroke only
 * re-matches the sentences the edit touched (and shifts the rest).
 */
import { commonPrefixLength, commonSuffixLength } from './common-affix';
import type { CompiledBank } from './compile/compile';
import { overlapsAny, quotedSpans } from './context';
import { detectLanguage } from './detect-language';
import type { Finding, Language } from './finding';
import { Matcher } from './match';
import { sentenceEndAfter, sentenceStartBefore, tokenize } from './tokenize';

/** A match in text offsets, before the quotation filter. */
interface RawFinding {
  rule: number;
  start: number;
  end: number;
}

export class Engine {
  private readonly matchers = new Map<Language, Matcher>();

  constructor(banks: CompiledBank[]) {
    for (const bank of banks) this.matchers.set(bank.language, new Matcher(bank));
  }

  get languages(): Language[] {
    return [...this.matchers.keys()];
  }

  matcher(language: Language): Matcher | undefined {
    return this.matchers.get(language);
  }

  /** Raw findings of text[from, to); from/to must sit on sentence boundaries. */
  scan(language: Language, text: string, from = 0, to = text.length, dedupe = true): RawFinding[] {
    const matcher = this.matchers.get(language);
    if (!matcher) return [];
    const tokens = tokenize(text, language, from, to);
    const raw = matcher.match(tokens).map((m) => ({ rule: m.rule, start: tokens[m.first].start, end: tokens[m.last].end }));
    return dedupe ? dedupeByCategory(raw, matcher) : raw;
  }

  finish(language: Language, text: string, raw: RawFinding[]): Finding[] {
    const matcher = this.matchers.get(language);
    if (!matcher || raw.length === 0) return [];
    const quoted = quotedSpans(text);
    const out: Finding[] = [];
    for (const r of raw) {
      if (overlapsAny(quoted, r.start, r.end)) continue;
      const rule = matcher.rules[r.rule];
      out.push({
        ruleId: rule.id,
        category: rule.category,
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        message: rule.message,
        suggestions: rule.suggestions,
      });
    }
    return out;
  }

  /**
   * One-shot check; language detected among the loaded banks when not given. `everyRule`
   * keeps overlapping findings of one category (rule examples need each rule's own view).
   */
  check(text: string, language?: Language, everyRule = false): Finding[] {
    const lang = language ?? detectLanguage(text, this.languages[0] ?? 'en');
    return this.finish(lang, text, this.scan(lang, text, 0, text.length, !everyRule));
  }
}

/** Overlapping findings of one category say the same thing twice: keep the earliest, longest. */
function dedupeByCategory(raw: RawFinding[], matcher: Matcher): RawFinding[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  return raw.filter((r) => {
    const category = matcher.rules[r.rule].category;
    if ((lastEnd.get(category) ?? -1) > r.start) return false;
    lastEnd.set(category, r.end);
    return true;
  });
}

/** One draft's checker: remembers the previous text to re-check only what an edit touched. */
export class DraftChecker {
  private text = '';
  private raw: RawFinding[] = [];
  private language: Language | null = null;
  private sample = '';

  constructor(
    private readonly engine: Engine,
    /** a fixed language, or null to detect it from the draft */
    private readonly fixedLanguage: Language | null = null,
  ) {}

  get currentLanguage(): Language | null {
    return this.language;
  }

  update(text: string): Finding[] {
    const language = this.languageOf(text);
    if (language !== this.language) {
      this.language = language;
      this.text = text;
      this.raw = this.engine.scan(language, text);
      return this.engine.finish(language, text, this.raw);
    }
    if (text !== this.text) this.applyEdit(language, text);
    return this.engine.finish(language, text, this.raw);
  }

  private languageOf(text: string): Language {
    if (this.fixedLanguage) return this.fixedLanguage;
    // detection reads only the draft's beginning; skip it while that is unchanged
    const sample = text.slice(0, 400);
    if (this.language && sample === this.sample) return this.language;
    this.sample = sample;
    return detectLanguage(text, this.language ?? this.engine.languages[0] ?? 'en');
  }

  private applyEdit(language: Language, text: string) {
    const old = this.text;
    const prefix = commonPrefixLength(old, text);
    const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
    const delta = text.length - old.length;
    // re-match whole sentences around the edit, in the new text
    const from = sentenceStartBefore(text, prefix);
    const to = sentenceEndAfter(text, text.length - suffix);
    const oldTo = to - delta;
    const kept: RawFinding[] = [];
    for (const r of this.raw) {
      if (r.end <= from) kept.push(r);
      else if (r.start >= oldTo) kept.push({ rule: r.rule, start: r.start + delta, end: r.end + delta });
    }
    const fresh = this.engine.scan(language, text, from, to);
    this.raw = [...kept, ...fresh].sort((a, b) => a.start - b.start);
    this.text = text;
  }
}
