/** Weekly product usage as small inline SVG lines, one per metric, with the licensed seats as a dashed line. */
import type { DealDetail } from '../../api/api-types.ts';
import { formatDay, humanize } from '../../lib/format.ts';

const W = 320;
const H = 90;
const PAD = 6;

function Sparkline({
  metric,
  points,
  seats,
}: {
  metric: string;
  points: DealDetail['usage'];
  seats: number | null;
}) {
  const values = points.map((p) => p.value);
  const top = Math.max(...values, seats ?? 0, 1);
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (v: number) => H - PAD - (v / top) * (H - 2 * PAD);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const change = first.value === 0 ? null : Math.round(((last.value - first.value) / first.value) * 100);
  const summary = `${humanize(metric)}: ${first.value} in the week of ${formatDay(first.period)}, ${last.value} in the week of ${formatDay(last.period)}${change === null ? '' : ` (${change > 0 ? '+' : ''}${change}%)`}${seats ? `; ${seats} seats licensed` : ''}.`;
  const showSeats = seats !== null && (metric === 'seats_used' || metric === 'active_users');
  return (
    <figure className="sparkline">
      <figcaption>
        {humanize(metric)} <span className="muted">{summary.split(': ')[1]}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} width={W} height={H}>
        {showSeats && <line className="seats" x1={PAD} x2={W - PAD} y1={y(seats)} y2={y(seats)} />}
        <path className="series" d={path} />
        {points.map((p, i) => (
          <circle
            key={p.period}
            className="point"
            cx={x(i)}
            cy={y(p.value)}
            r={i === points.length - 1 ? 3 : 1.5}
          />
        ))}
      </svg>
    </figure>
  );
}

export function UsageChart({
  usage,
  licensedSeats,
}: {
  usage: DealDetail['usage'];
  licensedSeats: number | null;
}) {
  const byMetric = new Map<string, DealDetail['usage']>();
  for (const p of usage) byMetric.set(p.metric, [...(byMetric.get(p.metric) ?? []), p]);
  return (
    <div className="usage" id="usage-chart" tabIndex={-1}>
      {[...byMetric].map(([metric, points]) => (
        <Sparkline key={metric} metric={metric} points={points.slice(-26)} seats={licensedSeats} />
      ))}
    </div>
  );
}
