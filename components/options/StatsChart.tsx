/**
 * The coaching trend as an SVG line chart: flagged, fixed and ignored per day. Series differ
 * by dash pattern as well as colour; the same numbers are available as a table below it.
 */
import type { DayTotals } from '../../background/stats-report';
import { formatNumber, t, uiLanguage } from '../../i18n/messages';

const W = 640;
const H = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };
const SERIES = [
  { key: 'flagged', color: 'var(--chart-flagged)', dash: '' },
  { key: 'fixed', color: 'var(--chart-fixed)', dash: '6 3' },
  { key: 'ignored', color: 'var(--chart-ignored)', dash: '2 3' },
] as const;

/** A "nice" axis maximum and step: 1, 2 or 5 times a power of ten. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const whole = Math.max(1, Math.ceil(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

export function StatsChart({ series, titleId }: { series: DayTotals[]; titleId: string }) {
  const max = Math.max(0, ...series.flatMap((d) => [d.flagged, d.fixed, d.ignored]));
  const { top, step } = niceScale(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (series.length <= 1 ? plotW / 2 : (i * plotW) / (series.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short' }).format(new Date(`${day}T12:00:00`));
  const labelEvery = Math.max(1, Math.ceil(series.length / 6));
  const total = (k: (typeof SERIES)[number]['key']) => series.reduce((s, d) => s + d[k], 0);

  return (
    <figure class="stats-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${titleId}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{t('statsChartTitle', String(series.length))}</title>
        <desc id={`${titleId}-desc`}>
          {t(
            'statsChartDesc',
            formatNumber(total('flagged')),
            formatNumber(total('fixed')),
            formatNumber(total('ignored')),
          )}
        </desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--border)" stroke-width="1" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="var(--muted)">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {series.map((d, i) =>
          i % labelEvery === 0 || i === series.length - 1 ? (
            <text
              key={d.day}
              x={x(i)}
              y={H - 8}
              text-anchor={i === 0 ? 'start' : i === series.length - 1 ? 'end' : 'middle'}
              font-size="11"
              fill="var(--muted)"
            >
              {dayLabel(d.day)}
            </text>
          ) : null,
        )}
        {SERIES.map((s) => (
          <g key={s.key} data-series={s.key}>
            <polyline
              fill="none"
              stroke={s.color}
              stroke-width="2"
              stroke-dasharray={s.dash || undefined}
              points={series.map((d, i) => `${x(i).toFixed(1)},${y(d[s.key]).toFixed(1)}`).join(' ')}
            />
            {series.map((d, i) =>
              d[s.key] > 0 ? <circle key={d.day} cx={x(i)} cy={y(d[s.key])} r="2.5" fill={s.color} /> : null,
            )}
          </g>
        ))}
      </svg>
      <figcaption class="legend">
        {SERIES.map((s) => (
          <span key={s.key} class="legend-item">
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={s.color}
                stroke-width="2"
                stroke-dasharray={s.dash || undefined}
              />
            </svg>{' '}
            {t(s.key === 'flagged' ? 'statFlagged' : s.key === 'fixed' ? 'statFixed' : 'statIgnored')}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
