/**
 * A textarea cannot hold highlights, so an invisible mirror <div> with the same box,
 * font and scroll position lies over it; highlight Ranges live in the mirror's text.
 * The mirror ignores the pointer and is never part of the page's form.
 */
import { modelFrom, type TextModel } from './text-model';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight',
  'textTransform', 'wordSpacing', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly textNode: Text;
  private readonly resize: ResizeObserver;
  private readonly onScroll = () => this.syncScroll();
  private readonly onPageMove = () => this.syncBox();

  constructor(private readonly textarea: HTMLTextAreaElement) {
    const doc = textarea.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.dataset.tactfulMirror = '';
    this.textNode = doc.createTextNode('');
    this.element.append(this.textNode);
    Object.assign(this.element.style, {
      position: 'fixed', pointerEvents: 'none', color: 'transparent', overflow: 'hidden',
      whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderColor: 'transparent',
      background: 'transparent', margin: '0', zIndex: '2147483646',
    });
    // In <body>, not beside the textarea: frameworks own the textarea's parent.
    doc.body.append(this.element);
    textarea.addEventListener('scroll', this.onScroll, { passive: true });
    doc.defaultView?.addEventListener('scroll', this.onPageMove, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onPageMove, { passive: true });
    this.resize = new ResizeObserver(() => this.syncBox());
    this.resize.observe(textarea);
    this.syncBox();
  }

  read(): TextModel {
    const value = this.textarea.value;
    if (this.textNode.data !== value) this.textNode.data = value;
    this.syncBox();
    return modelFrom(value, [{ node: this.textNode, start: 0 }]);
  }

  private syncBox() {
    const style = getComputedStyle(this.textarea);
    for (const key of COPIED) this.element.style[key] = style[key];
    const box = this.textarea.getBoundingClientRect();
    this.element.style.left = `${box.left}px`;
    this.element.style.top = `${box.top}px`;
    this.element.style.display = box.width === 0 ? 'none' : 'block';
    this.syncScroll();
  }

  private syncScroll() {
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
  }

  dispose() {
    this.textarea.removeEventListener('scroll', this.onScroll);
    const view = this.textarea.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.onPageMove, { capture: true });
    view?.removeEventListener('resize', this.onPageMove);
    this.resize.disconnect();
    this.element.remove();
  }
}
