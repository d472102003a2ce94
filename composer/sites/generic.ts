/**
 * Any <textarea> or contenteditable that holds prose. Form fields that are not prose
 * (search, code, single-line inputs) are left alone; the outermost editable host is the
 * composer, never a nested editable island.
 */
import type { SiteAdapter } from './site-adapter';

const NOT_PROSE = /(search|query|code|token|password|json|sql|regex|url|address)/i;

function isVisible(el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  composerRoot(el) {
    if (el.tagName === 'TEXTAREA') {
      const ta = el as HTMLTextAreaElement;
      if (ta.readOnly || ta.disabled) return null;
      const hint = `${ta.name} ${ta.id} ${ta.className} ${ta.getAttribute('aria-label') ?? ''}`;
      if (NOT_PROSE.test(hint)) return null;
      return isVisible(ta) ? ta : null;
    }
    if (!el.isContentEditable) return null;
    let root: HTMLElement = el;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return isVisible(root) ? root : null;
  },
};
