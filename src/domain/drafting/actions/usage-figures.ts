/** The usage facts a draft may state: two weekly points on record four weeks apart, and the change between them. */
import { parseDay } from '../../dates/calendar.ts';
import type { UsageTrendSignal } from '../../signals/signal-schema.ts';
import type { UsagePoint } from '../../workspace/workspace-schema.ts';

export type UsageChange = {
  metric: string;
  from: number;
  to: number;
  /** Whole percent, from the two points (never from averages, which no record holds). */
  percent: number;
};

const METRIC_WORDS: Record<string, string> = {
  active_users: 'weekly active users',
  seats_used: 'seats in use',
  events: 'weekly activity',
};

export const metricWords = (metric: string): string => METRIC_WORDS[metric] ?? metric.replaceAll('_', ' ');

/** The fall a draft talks about: active users when they fell, else the steepest fall. */
export function usageDrop(trends: readonly UsageTrendSignal[]): UsageTrendSignal | undefined {
  const falling = trends.filter((t) => t.change < 0);
  return (
    falling.find((t) => t.metric === 'active_users') ?? [...falling].sort((a, b) => a.change - b.change)[0]
  );
}

export function usageChange(trend: UsageTrendSignal, usage: readonly UsagePoint[]): UsageChange | undefined {
  const latest = parseDay(trend.latestPeriod);
  const earlier =
    trend.fourWeeksEarlier ??
    usage.find((u) => u.metric === trend.metric && parseDay(u.period) === latest - 28)?.value;
  if (earlier === undefined || earlier <= 0 || earlier === trend.latest) return undefined;
  return {
    metric: trend.metric,
    from: earlier,
    to: trend.latest,
    percent: Math.round((Math.abs(trend.latest - earlier) / earlier) * 100),
  };
}
