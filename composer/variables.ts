/**
 * Phrase-module variables (phrasebank/FORMAT.md): `{customer.name}`, `{date|tomorrow}`,
 * `{cursor}`. Pure: the picker asks the agent for what the page could not tell, then the
 * template is filled here.
 */

/** Where the caret lands after insertion; not a value anybody fills in. */
export const CURSOR = 'cursor';

/** `{name}` or `{name|fallback}`; the fallback may be empty. */
const PLACEHOLDER = /\{([A-Za-z][\w.-]*)(?:\|([^{}]*))?\}/g;

export interface Placeholder {
  name: string;
  /** undefined: no fallback (the value is required); '' : the variable may be dropped */
  fallback?: string;
}

export type VariableValues = Readonly<Record<string, string | undefined>>;

export interface FilledText {
  text: string;
  /** caret position inside `text`: at `{cursor}`, else after the text */
  caret: number;
}

/** The variables of a template in order of first use, without `{cursor}`. */
export function placeholdersOf(template: string): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [, name, fallback] = match;
    if (name === CURSOR || seen.has(name)) continue;
    seen.set(name, fallback === undefined ? { name } : { name, fallback });
  }
  return [...seen.values()];
}

const known = (values: VariableValues, name: string) => (values[name]?.trim() ?? '') !== '';

/** The variables the page could not fill: the picker asks for these. */
export function unknownPlaceholders(template: string, values: VariableValues): Placeholder[] {
  return placeholdersOf(template).filter((p) => !known(values, p.name));
}

/** Fills a template: known values first, then fallbacks; an empty value drops the variable. */
export function fillTemplate(template: string, values: VariableValues): FilledText {
  let text = '';
  let caret = -1;
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name, fallback] = match;
    const index = match.index ?? 0;
    text += template.slice(last, index);
    last = index + whole.length;
    if (name === CURSOR) {
      caret = text.length;
      continue;
    }
    const value = known(values, name) ? (values[name] as string) : fallback;
    if (value === undefined) {
      // Nobody knows it and there is no fallback: leave it visible rather than silently broken.
      text += whole;
    } else if (value !== '') {
      text += value;
    } else {
      const dropped = dropVariable(text, template.slice(last));
      text = dropped.before;
      last += dropped.skip;
    }
  }
  text += template.slice(last);
  return { text, caret: caret < 0 ? text.length : Math.min(caret, text.length) };
}

/**
 * Tidies the words around a dropped variable: "Hello {name|}," → "Hello,",
 * "I am sorry, {name|}: we…" → "I am sorry: we…", "Dear {name|} team" → "Dear team".
 */
function dropVariable(before: string, after: string): { before: string; skip: number } {
  if (after === '' || /^[,.:;!?)\n]/.test(after)) {
    let trimmed = before.replace(/[ \t]+$/, '');
    if (/^[.:;!?]/.test(after) && trimmed.endsWith(',')) trimmed = trimmed.slice(0, -1);
    // at the start of a line: "{name|}, thanks" → "thanks"
    if ((trimmed === '' || trimmed.endsWith('\n')) && /^[,:;]/.test(after)) {
      return { before: trimmed, skip: after.match(/^[,:;][ \t]*/)?.[0].length ?? 0 };
    }
    return { before: trimmed, skip: 0 };
  }
  if (/[ \t]$/.test(before) || before === '' || before.endsWith('\n')) {
    return { before, skip: after.match(/^[ \t]*/)?.[0].length ?? 0 };
  }
  return { before, skip: 0 };
}
