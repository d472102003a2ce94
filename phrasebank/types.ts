/** The phrase bank format, version 1 (see FORMAT.md and schema.json, which must agree). */
import type { Category, Language } from './finding';

export const BANK_FORMAT = 1;

export interface Bank {
  $schema?: string;
  format: 1;
  id: string;
  name: string;
  version: string;
  language: Language;
  description?: string;
  lexicons?: Record<string, string[]>;
  /** lemma → word forms, for {lemma} in Polish and Russian patterns (filled by `tactful forms`) */
  forms?: Record<string, string[]>;
  rules: Rule[];
  modules: PhraseModule[];
}

/** A rule option: the match is the whole sentence, or starts it, or ends it. */
export type SentencePosition = 'whole-sentence' | 'sentence-start' | 'sentence-end';

export interface Rule {
  id: string;
  category: Category;
  patterns: string[];
  message: string;
  replacements?: string[];
  modules?: string[];
  exceptions?: string[];
  /** patterns: a finding is dropped when its sentence matches one of them anywhere */
  unlessSentence?: string[];
  negatable?: boolean;
  /** where in its sentence a match must sit (default: anywhere); see FORMAT.md */
  position?: SentencePosition;
  /** a disabled rule stays in the bank (so an override can switch a bundled rule off) */
  disabled?: boolean;
  examples: { flag: string[]; allow: string[] };
}

export const SITUATIONS = [
  'greeting',
  'thanks-inquiry',
  'thanks-offer-request',
  'apology-ownership',
  'delay-new-date',
  'bad-news-alternative',
  'complaint-received',
  'next-steps',
  'offer-ready-date',
  'follow-up-call',
  'escalation-owned',
  'closing',
  'objection-handling',
  'information-request',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface PhraseModule {
  id: string;
  situation: Situation;
  title: string;
  text: string;
  tags?: string[];
}

/** Every problem found in a bank: where (JSON path) and why, in plain words. */
export interface BankProblem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export class BankError extends Error {
  constructor(readonly problems: BankProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'BankError';
  }
}
