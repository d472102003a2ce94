import { describe, expect, it } from 'vitest';
import { occurrenceKeys } from '../../composer/finding-keys';
import { visibleFindings } from '../../composer/visible-findings';
import { calmDown } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

describe('ignoring', () => {
  it('hides rules ignored on this site, switched-off categories and occurrences ignored once', () => {
    const f1 = calmDown(DRAFT);
    const f2 = calmDown(DRAFT, { start: 30, end: 39 });
    const blame = calmDown(DRAFT, { ruleId: 'blame', category: 'blame-shift', text: 'x', start: 40, end: 41 });
    const all = [f1, f2, blame];
    const keys = occurrenceKeys(all);
    const settings = {
      categories: { 'stop-phrase': true, 'blame-shift': true, badmouthing: true, overpromise: true, runaround: true },
      ignoredRules: { 'https://a.example': ['blame'] },
    };
    expect(
      visibleFindings(all, keys, { settings, origin: 'https://a.example', ignoredOnce: new Set([keys[0]]) }),
    ).toEqual([f2]);
    expect(visibleFindings(all, keys, { settings, origin: 'https://b.example', ignoredOnce: new Set() })).toEqual(all);
    const off = { ...settings, categories: { ...settings.categories, 'stop-phrase': false } };
    expect(visibleFindings(all, keys, { settings: off, origin: 'https://b.example', ignoredOnce: new Set() })).toEqual([
      blame,
    ]);
  });
});
