/**
 * Editor DOM ↔ plain text. The engine sees one string; highlights need DOM positions
 * back. Quoted text and signatures are left out of the string entirely, so they can
 * never be flagged. Zero-width fillers that editors put in text nodes to hold the caret
 * (CKEditor 5's word joiners, TinyMCE's and Quill's U+FEFF, U+200B) are left out too, so
 * words stay whole; every model offset still maps to one exact DOM position.
 */
import { NOT_DRAFT_SELECTOR, QUOTE_BOUNDARY_SELECTOR, QUOTE_SELECTOR } from './selectors';

/** A run of model text that lies in one text node. */
export interface Segment {
  node: Text;
  /** offset of the run's first character in the model text */
  start: number;
  /** offset of the run's first character in the node (default 0) */
  nodeOffset?: number;
  /** characters in the run (default: the rest of the node) */
  length?: number;
}

export interface TextModel {
  text: string;
  /** the runs the text was read from, in order (what a live model patches) */
  readonly segments: readonly Segment[];
  /** DOM position of a model offset, or null when the offset is a virtual line break */
  toDom(offset: number): { node: Text; offset: number } | null;
  toRange(start: number, end: number): Range | null;
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|DT|DD|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|TD|TH|UL)$/;

/** Caret fillers: U+200B zero width space, U+2060 word joiner, U+FEFF zero width no-break space. */
const FILLER = /[\u200b\u2060\ufeff]+/g;
const HAS_FILLER = /[\u200b\u2060\ufeff]/;

/** any element read specially: one `matches` per element in the common case instead of three */
const SPECIAL_SELECTOR = `${QUOTE_BOUNDARY_SELECTOR}, ${QUOTE_SELECTOR}, ${NOT_DRAFT_SELECTOR}`;

export function readContentEditable(root: HTMLElement): TextModel {
  const segments: Segment[] = [];
  // Pieces joined once at the end, and the last character tracked apart: reading a
  // growing string's end (endsWith) flattens it every time, quadratic in a long draft.
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    lastChar = piece[piece.length - 1];
  };
  /** set at a quote boundary: the rest of the composer is the quoted thread */
  let threadReached = false;
  const breakLine = () => {
    if (length > 0 && lastChar !== '\n') append('\n');
  };
  const addText = (node: Text) => {
    // read once: each read of a node's data from a content script crosses into the page
    const data = node.data;
    if (!HAS_FILLER.test(data)) {
      addRun(node, data, 0, data.length);
      return;
    }
    let from = 0;
    for (const filler of data.matchAll(FILLER)) {
      addRun(node, data, from, filler.index - from);
      from = filler.index + filler[0].length;
    }
    addRun(node, data, from, data.length - from);
  };
  const addRun = (node: Text, data: string, nodeOffset: number, runLength: number) => {
    if (runLength === 0) return;
    segments.push({ node, start: length, nodeOffset, length: runLength });
    append(runLength === data.length ? data : data.slice(nodeOffset, nodeOffset + runLength));
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && !threadReached; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        addText(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as HTMLElement;
        const special = el.matches(SPECIAL_SELECTOR);
        if (special && el.matches(QUOTE_BOUNDARY_SELECTOR)) {
          breakLine();
          threadReached = true;
          return;
        }
        if (special && el.matches(QUOTE_SELECTOR)) {
          breakLine();
          continue;
        }
        if (special && el.matches(NOT_DRAFT_SELECTOR)) continue;
        if (el.tagName === 'BR') {
          append('\n');
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return modelFrom(parts.join(''), segments);
}

export function modelFrom(text: string, segments: Segment[]): TextModel {
  const runLength = (seg: Segment) => seg.length ?? seg.node.data.length - (seg.nodeOffset ?? 0);
  const toDom = (offset: number, preferEnd = false) => {
    // binary search for the last segment starting at or before offset
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    let seg = segments[found];
    // an end offset exactly at a segment start belongs to the previous segment's end
    if (preferEnd && seg.start === offset && found > 0) {
      const prev = segments[found - 1];
      if (prev.start + runLength(prev) === offset) seg = prev;
    }
    const inner = offset - seg.start;
    if (inner > runLength(seg)) return null;
    return { node: seg.node, offset: (seg.nodeOffset ?? 0) + inner };
  };
  return {
    text,
    segments,
    toDom: (offset) => toDom(offset),
    toRange(start, end) {
      const a = toDom(start);
      const b = toDom(end, true);
      if (!a || !b) return null;
      const range = a.node.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
  };
}
