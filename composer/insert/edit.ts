/**
 * The vocabulary of the insertion chain: an edit in text-model offsets, the field it goes
 * into, and a strategy that tries to make the editor apply it through its own code path
 * (so the editor's model and undo stack stay in charge).
 */
import type { TextModel } from '../text-model';

/** text[start, end) of the draft becomes `text`. */
export interface DraftEdit {
  start: number;
  end: number;
  text: string;
  /** caret position inside `text` afterwards; default: after the text */
  caret?: number;
}

/** A composer as the chain sees it: the field and a fresh read of its text. */
export interface EditTarget {
  /** the editing host or the <textarea> */
  readonly field: HTMLElement;
  /** reads the editor's text now (never a cached model: editors re-render) */
  read(): TextModel;
}

export interface InsertTiming {
  /** after moving the selection, wait at most this long for `selectionchange` */
  selectionChangeMs: number;
  /** then give the editor this long to see it (Trix needs ~60 ms, MEASUREMENTS.md) */
  selectionSettleMs: number;
  /** how long an editor may take to show an edit it did not claim */
  settleMs: number;
  /** how long to wait for an edit the editor claimed (preventDefault) but applies later */
  claimedMs: number;
}

export const INSERT_TIMING: InsertTiming = {
  selectionChangeMs: 100,
  selectionSettleMs: 60,
  settleMs: 60,
  claimedMs: 800,
};

export interface InsertStrategy {
  readonly name: string;
  /** whether the strategy can work on this kind of field at all */
  accepts(field: HTMLElement): boolean;
  /**
   * Tries once. Returns true when the editor claimed the attempt (cancelled the event),
   * so the chain must wait for the change instead of trying the next strategy.
   */
  attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean>;
}

export const isTextarea = (field: HTMLElement): field is HTMLTextAreaElement => field.tagName === 'TEXTAREA';

export const expectedText = (before: string, edit: DraftEdit) =>
  before.slice(0, edit.start) + edit.text + before.slice(edit.end);

export const delay = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
