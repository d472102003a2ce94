/** The categories a service standard forbids (see shared DOMAIN.md). */
export const CATEGORIES = ['stop-phrase', 'blame-shift', 'badmouthing', 'overpromise', 'runaround'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Language = 'en' | 'pl' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'pl', 'ru'];

/** One finding shape everywhere: engine, CLI, content script, options try-it. */
export interface Finding {
  ruleId: string;
  category: Category;
  /** JS string offsets into the checked text; text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
}

export type Suggestion = { kind: 'replace'; text: string } | { kind: 'module'; moduleId: string };
