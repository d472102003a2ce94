/**
 * A contenteditable's TextModel, kept up to date between reads. Typing changes the data of
 * a text node the model already reads whole; such a change is patched into the model (the
 * string is spliced, later runs shift) instead of walking a long draft's whole DOM again.
 * Anything else (nodes added or removed, a text node the model does not read whole, caret
 * fillers, line breaks inside a node) makes the next read a full one.
 */
import { readContentEditable, type Segment, type TextModel, modelFrom } from './text-model';

/** characters that change how a text node is read (fillers are skipped, line breaks decide block breaks) */
const READ_SPECIALLY = /[\n\u200b\u2060\ufeff]/;

export class LiveTextModel {
  private model: TextModel | null = null;
  /** segment index of each text node that one whole segment reads; -1: read otherwise */
  private index = new Map<Text, number>();
  private readonly changed = new Set<Text>();
  private stale = true;

  constructor(private readonly root: HTMLElement) {}

  /** What changed in the root since the last read (records of a subtree observer on it). */
  note(records: Iterable<MutationRecord>) {
    for (const record of records) {
      if (record.type === 'characterData') this.changed.add(record.target as Text);
      else this.stale = true;
    }
  }

  /** The text nodes the last read patched; null when it read the whole DOM. */
  lastPatched: ReadonlySet<Text> | null = null;

  read(): TextModel {
    const patched = !this.stale && this.model && this.patched(this.model);
    this.model = patched || this.readAll();
    this.lastPatched = patched ? new Set(this.changed) : null;
    this.changed.clear();
    this.stale = false;
    return this.model;
  }

  private readAll(): TextModel {
    const model = readContentEditable(this.root);
    this.index = new Map();
    model.segments.forEach((seg, i) => {
      const whole = !this.index.has(seg.node) && !seg.nodeOffset && seg.length === seg.node.data.length;
      this.index.set(seg.node, whole && !READ_SPECIALLY.test(seg.node.data) ? i : -1);
    });
    return model;
  }

  /** The model with the changed text nodes' new data, or null when only a full read is right. */
  private patched(model: TextModel): TextModel | null {
    if (this.changed.size === 0) return model;
    const edits: { i: number; data: string }[] = [];
    for (const node of this.changed) {
      const i = this.index.get(node);
      const data = node.data;
      if (i === undefined || i < 0 || data === '' || READ_SPECIALLY.test(data)) return null;
      edits.push({ i, data });
    }
    edits.sort((a, b) => a.i - b.i);
    const segments: Segment[] = model.segments.slice();
    const pieces: string[] = [];
    let copiedTo = 0; // old text copied up to here
    let shift = 0;
    let next = 0; // next edit
    for (let i = edits[0].i; i < segments.length; i++) {
      const seg = segments[i];
      if (next < edits.length && edits[next].i === i) {
        const { data } = edits[next++];
        const oldLength = seg.length ?? 0;
        pieces.push(model.text.slice(copiedTo, seg.start), data);
        copiedTo = seg.start + oldLength;
        segments[i] = { node: seg.node, start: seg.start + shift, nodeOffset: 0, length: data.length };
        shift += data.length - oldLength;
      } else if (shift !== 0) {
        segments[i] = { ...seg, start: seg.start + shift };
      }
    }
    pieces.push(model.text.slice(copiedTo));
    return modelFrom(pieces.join(''), segments);
  }
}
