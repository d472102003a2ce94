/**
 * Editor DOM ↔ plain text. The engine sees one string; highlights need DOM positions
 * back. Quoted text and signatures are left out of the string entirely, so they can
 * never be flagged.
 */
import { QUOTE_SELECTOR } from './selectors';

interface Segment {
  node: Text;
  /** offset of the node's first character in the model text */
  start: number;
}

export interface TextModel {
  text: string;
  /** DOM position of a model offset, or null when the offset is a virtual line break */
  toDom(offset: number): { node: Text; offset: number } | null;
  toRange(start: number, end: number): Range | null;
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|DT|DD|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|TD|TH|UL)$/;

export function readContentEditable(root: HTMLElement): TextModel {
  const segments: Segment[] = [];
  let text = '';
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = (child as Text).data;
        if (value.length === 0) continue;
        segments.push({ node: child as Text, start: text.length });
        text += value;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as HTMLElement;
        if (el.matches(QUOTE_SELECTOR)) {
          breakLine();
          continue;
        }
        if (el.tagName === 'BR') {
          text += '\n';
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
  return modelFrom(text, segments);
}

export function modelFrom(text: string, segments: Segment[]): TextModel {
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
      if (prev.start + prev.node.data.length === offset) seg = prev;
    }
    const inner = offset - seg.start;
    if (inner > seg.node.data.length) return null;
    return { node: seg.node, offset: inner };
  };
  return {
    text,
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
