// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mount, useEnglish } from './render';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { ProblemList } = await import('../../components/options/ProblemList');
const { StatsChart, niceScale } = await import('../../components/options/StatsChart');
const { TopRules } = await import('../../components/options/TopRules');
const { parseOrigin } = await import('../../components/options/SiteList');

beforeAll(useEnglish);

const EVIL = '<img src=x onerror="globalThis.__pwned=1">';

describe('options components', () => {
  it('shows each problem with its JSON path, bank text as text', async () => {
    const root = await mount(
      <ProblemList
        problems={[
          { path: '/rules/0/message', message: EVIL, severity: 'error' },
          { path: '/lexicons/x', message: 'unused', severity: 'warning' },
        ]}
      />,
    );
    expect([...root.querySelectorAll('.problem-path')].map((e) => e.textContent)).toEqual([
      '/rules/0/message',
      '/lexicons/x',
    ]);
    expect(root.querySelector('.problem-message')?.textContent).toBe(EVIL);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Error');
    expect(root.textContent).toContain('Warning');
  });

  it('draws three series with a title, a description and axis labels', async () => {
    const series = [
      { day: '2025-05-01', flagged: 3, fixed: 1, ignored: 0, drafts: 2, modules: 0 },
      { day: '2025-05-02', flagged: 7, fixed: 4, ignored: 2, drafts: 5, modules: 1 },
    ];
    const root = await mount(<StatsChart series={series} titleId="chart" />);
    const svg = root.querySelector('svg[role=img]');
    expect(svg?.getAttribute('aria-labelledby')).toBe('chart chart-desc');
    expect(root.querySelector('title')?.textContent).toBe('Flagged, fixed and ignored per day, last 2 days');
    expect(root.querySelector('desc')?.textContent).toBe('In total: 10 flagged, 5 fixed, 2 ignored.');
    expect(root.querySelectorAll('polyline')).toHaveLength(3);
    expect(root.querySelector('[data-series=fixed] polyline')?.getAttribute('stroke-dasharray')).toBe('6 3');
  });

  it('scales the axis to round numbers', () => {
    expect(niceScale(0)).toEqual({ top: 4, step: 1 });
    expect(niceScale(7)).toEqual({ top: 8, step: 2 });
    expect(niceScale(93)).toEqual({ top: 100, step: 50 });
    expect(niceScale(1)).toEqual({ top: 1, step: 1 });
  });

  it('lists the most frequent rules with their ids as text', async () => {
    const root = await mount(
      <TopRules rules={[{ ruleId: EVIL, category: 'overpromise', flagged: 2, fixed: 1, ignored: 0 }]} />,
    );
    expect(root.querySelector('tbody th')?.textContent).toBe(EVIL);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Overpromise');
  });

  it('reads a site address the way agents type it', () => {
    expect(parseOrigin('support.acme.com')).toBe('https://support.acme.com');
    expect(parseOrigin('http://127.0.0.1:5176/x')).toBe('http://127.0.0.1:5176');
    expect(parseOrigin('javascript:alert(1)')).toBeNull();
    expect(parseOrigin('  ')).toBeNull();
  });
});
