// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageTheme, parseRgb, themeOfBackground } from '../../composer/page-theme';

describe('light or dark', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(18, 18, 18)')).toEqual([18, 18, 18, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(themeOfBackground('rgb(18, 18, 18)')).toBe('dark');
    expect(themeOfBackground('rgb(246, 248, 252)')).toBe('light');
    expect(themeOfBackground('rgba(0, 0, 0, 0)')).toBeNull();
  });

  it('follows the first painted background behind the composer; a setting overrides', () => {
    const page = document.createElement('div');
    page.style.backgroundColor = 'rgb(20, 20, 24)';
    const field = document.createElement('div');
    page.append(field);
    document.body.append(page);
    expect(pageTheme(field)).toBe('dark');
    expect(pageTheme(field, 'light')).toBe('light');
    page.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme(field)).toBe('light');
  });
});
