/** A usage series' trend read the way triage reads it: the last four weeks' average against the four before. */
import { z } from 'zod';
import { DEFAULT_TRIAGE_CONFIG, type TriageConfig } from '../../domain/triage/triage-config.ts';
import { isoDate, type UsagePoint } from '../../domain/workspace/workspace-schema.ts';

export const UsageTrend = z.object({
  latest: z.number(),
  latestPeriod: isoDate,
  recentAverage: z.number(),
  previousAverage: z.number(),
  /** recentAverage / previousAverage - 1: -0.3 is a 30% fall. */
  change: z.number(),
  /** Named with triage's own thresholds, so "sharp_drop" here is a drop triage would act on. */
  direction: z.enum(['sharp_drop', 'dip', 'flat', 'rising']),
});
export type UsageTrend = z.infer<typeof UsageTrend>;

const mean = (xs: readonly UsagePoint[]) => xs.reduce((s, p) => s + p.value, 0) / xs.length;
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Needs four weeks at least, in period order; undefined when there is nothing to compare against. */
export function usageTrend(
  series: readonly UsagePoint[],
  config: Pick<TriageConfig, 'usageDropToAct' | 'usageDipToWatch'> = DEFAULT_TRIAGE_CONFIG,
): UsageTrend | undefined {
  if (series.length < 4) return undefined;
  const window = series.slice(-8);
  const half = Math.floor(window.length / 2);
  const previous = window.slice(window.length - 2 * half, window.length - half);
  const recent = window.slice(window.length - half);
  const previousAverage = mean(previous);
  if (previousAverage <= 0) return undefined;
  const recentAverage = mean(recent);
  const change = recentAverage / previousAverage - 1;
  const latest = series[series.length - 1]!;
  return {
    latest: latest.value,
    latestPeriod: latest.period,
    recentAverage: round(recentAverage, 1),
    previousAverage: round(previousAverage, 1),
    change: round(change, 3),
    direction:
      change <= -config.usageDropToAct
        ? 'sharp_drop'
        : change <= -config.usageDipToWatch
          ? 'dip'
          : change >= config.usageDipToWatch
            ? 'rising'
            : 'flat',
  };
}
