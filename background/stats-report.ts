/**
 * Views of the stored counts for the popup and the options page: today's totals, a daily
 * series for the chart, the most frequent rules, and CSV. Pure functions, no browser API.
 */
import type { Counts, DayStats, StatsSnapshot } from '../composer/messages';
import type { Category } from '../phrasebank/finding';
import { dayKey, emptyCounts } from './stats';

export interface DayTotals extends Counts {
  day: string;
  drafts: number;
  modules: number;
}

export function totalsOf(day: string, stats: DayStats | undefined): DayTotals {
  const totals: DayTotals = { day, ...emptyCounts(), drafts: stats?.drafts ?? 0, modules: 0 };
  for (const c of Object.values(stats?.categories ?? {})) {
    totals.flagged += c.flagged;
    totals.fixed += c.fixed;
    totals.ignored += c.ignored;
  }
  for (const n of Object.values(stats?.modules ?? {})) totals.modules += n;
  return totals;
}

export function today(snapshot: StatsSnapshot, now = new Date()): DayTotals {
  const key = dayKey(now);
  return totalsOf(key, snapshot.days[key]);
}

/** One entry per calendar day, oldest first, ending today (days without events are zeros). */
export function dailySeries(snapshot: StatsSnapshot, days: number, now = new Date()): DayTotals[] {
  const out: DayTotals[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(now);
    d.setDate(d.getDate() - i);
    const key = dayKey(d);
    out.push(totalsOf(key, snapshot.days[key]));
  }
  return out;
}

export interface RuleTotals extends Counts {
  ruleId: string;
  category: Category;
}

/** Rules by how often they flagged over the last `days` days (ties: by id). */
export function topRules(snapshot: StatsSnapshot, days: number, limit: number, now = new Date()): RuleTotals[] {
  const from = new Date(now);
  from.setDate(from.getDate() - (days - 1));
  const cut = dayKey(from);
  const byRule = new Map<string, RuleTotals>();
  for (const [day, stats] of Object.entries(snapshot.days)) {
    if (day < cut) continue;
    for (const [ruleId, c] of Object.entries(stats.rules)) {
      const t = byRule.get(ruleId) ?? { ruleId, category: c.category, ...emptyCounts() };
      t.flagged += c.flagged;
      t.fixed += c.fixed;
      t.ignored += c.ignored;
      byRule.set(ruleId, t);
    }
  }
  return [...byRule.values()]
    .sort(
      (a, b) =>
        b.flagged - a.flagged || b.fixed + b.ignored - (a.fixed + a.ignored) || a.ruleId.localeCompare(b.ruleId),
    )
    .slice(0, limit);
}

export const CSV_HEADER = ['date', 'scope', 'key', 'category', 'flagged', 'fixed', 'ignored', 'count'];

/**
 * Every stored count as CSV (RFC 4180). Rule ids come from banks anyone can write, so a
 * value that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
 */
export function statsCsv(snapshot: StatsSnapshot): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  for (const day of Object.keys(snapshot.days).sort()) {
    const s = snapshot.days[day];
    rows.push([day, 'drafts-checked', '', '', '', '', '', s.drafts]);
    for (const [category, c] of Object.entries(s.categories).sort()) {
      rows.push([day, 'category', category, category, c.flagged, c.fixed, c.ignored, '']);
    }
    for (const [ruleId, c] of Object.entries(s.rules).sort()) {
      rows.push([day, 'rule', ruleId, c.category, c.flagged, c.fixed, c.ignored, '']);
    }
    for (const [situation, n] of Object.entries(s.modules).sort()) {
      rows.push([day, 'module-situation', situation, '', '', '', '', n]);
    }
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
