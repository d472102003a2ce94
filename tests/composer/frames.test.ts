// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boxesIn, documentsUpTo, overlayDocumentFor } from '../../composer/frames';

/**
 * An iframe and the document inside it. happy-dom loads no iframe pages, so the inner
 * document is a stand-in with what frames.ts reads of it: its window's frameElement.
 */
function frameIn(doc: Document): { frame: HTMLElement; inner: Document } {
  // a <div> stands in for the <iframe> element too: happy-dom would try (and refuse) to load one
  const frame = doc.createElement('div');
  frame.style.padding = '4px';
  doc.body.append(frame);
  frame.getBoundingClientRect = () => ({ left: 100, top: 50, right: 400, bottom: 250, width: 300, height: 200, x: 100, y: 50 }) as DOMRect;
  const inner = { defaultView: { frameElement: frame } } as unknown as Document;
  return { frame, inner };
}

describe('frames', () => {
  it('keeps a top-level document as it is', () => {
    expect(overlayDocumentFor(document)).toBe(document);
    expect(documentsUpTo(document, document)).toEqual([document]);
    expect(boxesIn(document, document, [{ left: 1, top: 2, right: 3, bottom: 4 }])).toEqual([
      { left: 1, top: 2, right: 3, bottom: 4 },
    ]);
  });

  it('draws for an editor in a same-origin iframe in the page around it, at the iframe’s offset', () => {
    const { inner } = frameIn(document);
    expect(overlayDocumentFor(inner)).toBe(document);
    expect(documentsUpTo(inner, document)).toEqual([inner, document]);
    // the iframe's content box starts at its border box (100, 50) plus its 4 px padding
    expect(boxesIn(document, inner, [{ left: 10, top: 20, right: 30, bottom: 40 }])).toEqual([
      { left: 114, top: 74, right: 134, bottom: 94 },
    ]);
  });
});
