/**
 * What the card, picker and flag list need from a composer session — an interface, so the
 * controllers are tested with a fake composer and the session stays the only owner of its
 * text model, findings and highlights.
 */
import type { Finding, Language } from '../phrasebank/finding';
import type { Span } from './caret';
import type { InsertResult } from './insert/chain';
import type { DraftEdit } from './insert/edit';
import type { VariableValues } from './variables';

/** The caret to give back when a dialog closes. */
export interface SavedCaret {
  offsets: Span | null;
  /** the exact DOM selection of a contenteditable, while it is still in the document */
  range: Range | null;
}

export interface CoachedComposer {
  readonly field: HTMLElement;
  /** re-checks now and returns the visible findings (the text on screen, not the last pause's) */
  refresh(): readonly Finding[];
  readonly findings: readonly Finding[];
  /** the draft's text now */
  text(): string;
  /** the draft's language (for phrase modules) */
  language(): Language;
  /** the site rules are ignored for */
  siteOrigin(): string;
  /** a finding's DOM range (in a textarea's mirror for textareas) */
  rangeOf(finding: Finding): Range | null;
  /** the selection in text offsets, or null when it is not in this composer */
  caret(): Span | null;
  /** the caret's line box */
  caretRect(offset: number): DOMRect;
  saveCaret(): SavedCaret;
  /** focuses the composer and puts the caret back */
  restoreCaret(saved: SavedCaret): void;
  /**
   * Resolves once the agent's last typing is old enough that the editor starts a new undo
   * step for the next edit (Quill folds edits within 1 s into one).
   */
  typingSettled(): Promise<void>;
  /**
   * Resolves once the draft's language can be checked (its tables come from the background
   * the first time): true when it had to wait, so a check now may find what the last did not.
   */
  checksReady(): Promise<boolean>;
  /** applies an edit through the insertion chain */
  apply(edit: DraftEdit & { replaces?: string }): Promise<InsertResult>;
  /** stops flagging this occurrence in this draft */
  ignoreOnce(finding: Finding): void;
  /** variable values the site adapter can read around this composer */
  variables(): VariableValues;
}
