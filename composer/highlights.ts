/**
 * Draws findings with the CSS Custom Highlight API: Ranges registered in the field's own
 * document under `tactful-<category>`. Nothing is written into the editor's DOM; only a
 * <style> with the ::highlight() rules goes into the document head (or shadow root).
 */
import { CATEGORIES, type Category } from '../phrasebank/finding';

export const highlightName = (category: Category) => `tactful-${category}`;

const COLORS: Record<Category, string> = {
  'stop-phrase': '#d93025',
  'blame-shift': '#e8710a',
  badmouthing: '#a142f4',
  overpromise: '#1a73e8',
  runaround: '#188038',
};

export const HIGHLIGHT_CSS = CATEGORIES.map(
  (c) =>
    `::highlight(${highlightName(c)}){text-decoration:underline wavy ${COLORS[c]};text-decoration-thickness:2px;text-underline-offset:3px;background-color:color-mix(in srgb, ${COLORS[c]} 14%, transparent);}`,
).join('\n');

const STYLE_ID = 'tactful-highlight-style';

function ensureStyle(root: Document | ShadowRoot) {
  if (root instanceof ShadowRoot) {
    const view = root.ownerDocument.defaultView;
    if (!view) return;
    const has = root.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { tactful?: boolean }).tactful);
    if (has) return;
    const sheet = new view.CSSStyleSheet() as CSSStyleSheet & { tactful?: boolean };
    sheet.replaceSync(HIGHLIGHT_CSS);
    sheet.tactful = true;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if (root.getElementById(STYLE_ID)) return;
  const style = root.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (root.head ?? root.documentElement).append(style);
}

type Owner = object;

/** All owners' ranges of one document, merged into one Highlight per category. */
class DocumentHighlights {
  private readonly byOwner = new Map<Owner, Map<Category, Range[]>>();
  constructor(private readonly doc: Document) {}

  set(owner: Owner, ranges: Map<Category, Range[]>, styleRoot: Document | ShadowRoot) {
    ensureStyle(styleRoot);
    if (ranges.size === 0) this.byOwner.delete(owner);
    else this.byOwner.set(owner, ranges);
    this.redraw();
  }

  private redraw() {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !('highlights' in view.CSS)) return;
    for (const category of CATEGORIES) {
      const all: Range[] = [];
      for (const ranges of this.byOwner.values()) all.push(...(ranges.get(category) ?? []));
      const name = highlightName(category);
      if (all.length === 0) view.CSS.highlights.delete(name);
      else view.CSS.highlights.set(name, new view.Highlight(...all));
    }
  }
}

const registries = new WeakMap<Document, DocumentHighlights>();

export function drawHighlights(owner: Owner, node: Node, ranges: Map<Category, Range[]>) {
  const doc = node.ownerDocument ?? (node as Document);
  let registry = registries.get(doc);
  if (!registry) {
    registry = new DocumentHighlights(doc);
    registries.set(doc, registry);
  }
  const root = node.getRootNode();
  registry.set(owner, ranges, root instanceof ShadowRoot ? root : doc);
}
