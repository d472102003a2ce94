/**
 * Any <textarea> or contenteditable that holds prose. Fields that are not prose (code
 * editors, search boxes, single-purpose form fields) are ignored; the outermost editable
 * host is the composer, never a nested editable island (ProseMirror node views, widgets).
 * Whether the field is rendered is the watcher's business: it waits for hidden ones.
 */
import { CODE_EDITOR_SELECTOR, NOT_PROSE_FIELD_SELECTOR } from '../selectors';
import type { SiteAdapter } from './site-adapter';

/** Words in a textarea's name, id, class or label that mark a non-prose field. */
const NOT_PROSE_HINT = /(search|query|code|token|password|json|sql|regex|url|address|subject|recipient)/i;

function isNotProseTextarea(textarea: HTMLTextAreaElement): boolean {
  if (textarea.readOnly || textarea.disabled) return true;
  const hint = `${textarea.name} ${textarea.id} ${textarea.className} ${textarea.getAttribute('aria-label') ?? ''}`;
  return NOT_PROSE_HINT.test(hint);
}

export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  ignores(el) {
    if (el.closest(CODE_EDITOR_SELECTOR) || el.matches(NOT_PROSE_FIELD_SELECTOR)) return true;
    return el.tagName === 'TEXTAREA' && isNotProseTextarea(el as HTMLTextAreaElement);
  },
  composerRoot(el) {
    if (el.tagName === 'TEXTAREA') return el;
    if (!el.isContentEditable) return null;
    // Islands (a caption in a non-editable figure) sit in a gap of the host's editability.
    let root: HTMLElement = el;
    for (let up = el.parentElement; up; up = up.parentElement) if (up.isContentEditable) root = up;
    return root;
  },
};
