/**
 * Light or dark, as the page around a composer looks: the first painted background behind
 * it decides; with none, the canvas, which follows the page's color-scheme and, when the
 * page supports both, prefers-color-scheme.
 */
export type Theme = 'light' | 'dark';

/** rgb()/rgba() as computed styles give them; null for anything else. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const m = color.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

// Where black and white text have equal contrast.
const DARK_BELOW = 0.179;

export function themeOfBackground(color: string): Theme | null {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return null;
  return relativeLuminance(rgb[0], rgb[1], rgb[2]) < DARK_BELOW ? 'dark' : 'light';
}

export function pageTheme(field: HTMLElement, preference: 'auto' | Theme = 'auto'): Theme {
  if (preference !== 'auto') return preference;
  const view = field.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = field; el; ) {
    const theme = themeOfBackground(view.getComputedStyle(el).backgroundColor);
    if (theme) return theme;
    const root = el.getRootNode() as Node & { host?: Element };
    el = el.parentElement ?? root.host ?? null;
  }
  const scheme = view.getComputedStyle(field.ownerDocument.documentElement).colorScheme ?? '';
  if (!/dark/.test(scheme)) return 'light';
  if (!/light/.test(scheme)) return 'dark';
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
