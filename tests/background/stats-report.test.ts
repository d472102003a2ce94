import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../background/stats';
import { dailySeries, statsCsv, today, topRules } from '../../background/stats-report';
import type { StatsSnapshot } from '../../composer/messages';

function snapshot(): StatsSnapshot {
  const d1 = emptyDay();
  d1.drafts = 3;
  d1.categories['stop-phrase'] = { flagged: 4, fixed: 2, ignored: 1 };
  d1.rules['stop-phrase.calm-down'] = { flagged: 3, fixed: 2, ignored: 0, category: 'stop-phrase' };
  d1.rules['=HYPERLINK("x")'] = { flagged: 1, fixed: 0, ignored: 1, category: 'stop-phrase' };
  d1.modules.closing = 2;
  const d0 = emptyDay();
  d0.rules['runaround.ask-them'] = { flagged: 5, fixed: 0, ignored: 0, category: 'runaround' };
  d0.categories.runaround = { flagged: 5, fixed: 0, ignored: 0 };
  return { days: { '2025-05-02': d1, '2025-04-01': d0 }, lastError: null };
}
const NOW = new Date(2025, 4, 2, 12);

describe('stats report', () => {
  it('totals today', () => {
    expect(today(snapshot(), NOW)).toEqual({
      day: '2025-05-02',
      flagged: 4,
      fixed: 2,
      ignored: 1,
      drafts: 3,
      modules: 2,
    });
  });

  it('gives one entry per day, zeros included, ending today', () => {
    const series = dailySeries(snapshot(), 7, NOW);
    expect(series.map((d) => d.day)).toEqual([
      '2025-04-26',
      '2025-04-27',
      '2025-04-28',
      '2025-04-29',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
    ]);
    expect(series[6].flagged).toBe(4);
    expect(series[0].flagged).toBe(0);
  });

  it('ranks rules by flags within the period', () => {
    expect(topRules(snapshot(), 7, 10, NOW).map((r) => r.ruleId)).toEqual(['stop-phrase.calm-down', '=HYPERLINK("x")']);
    expect(topRules(snapshot(), 90, 1, NOW).map((r) => r.ruleId)).toEqual(['runaround.ask-them']);
  });

  it('writes CSV with quoting and no spreadsheet formulas', () => {
    const csv = statsCsv(snapshot());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,scope,key,category,flagged,fixed,ignored,count');
    expect(lines).toContain('2025-05-02,drafts-checked,,,,,,3');
    expect(lines).toContain('2025-05-02,rule,stop-phrase.calm-down,stop-phrase,3,2,0,');
    expect(lines).toContain(`2025-05-02,rule,"'=HYPERLINK(""x"")",stop-phrase,1,0,1,`);
    expect(lines).toContain('2025-05-02,module-situation,closing,,,,,2');
    expect(lines.indexOf('2025-04-01,drafts-checked,,,,,,0')).toBe(1); // days in order
  });
});
