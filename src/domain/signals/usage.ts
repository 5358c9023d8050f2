/** Product usage: each metric's last four weeks against the four before, and seats used against seats licensed. */
import { formatDay, parseDay } from '../dates/calendar.ts';
import { isOurEmailToCustomer } from '../mail/read-activity.ts';
import type { UsagePoint } from '../workspace/workspace-schema.ts';
import { type DealEvidence, dayHasCome, daysHavePassed } from './deal-evidence.ts';
import { readingOf } from './reply-reading.ts';
import type { SeatUtilisationSignal, UsageTrendSignal } from './signal-schema.ts';

const SEAT_METRIC = /seat|licen[cs]e/i;
const USER_METRIC = /user/i;

function visibleSeries(e: DealEvidence): Map<string, UsagePoint[]> {
  const byMetric = new Map<string, UsagePoint[]>();
  for (const p of e.usage) {
    if (!dayHasCome(e, parseDay(p.period))) continue;
    const list = byMetric.get(p.metric);
    if (list) list.push(p);
    else byMetric.set(p.metric, [p]);
  }
  for (const list of byMetric.values()) list.sort((a, b) => a.period.localeCompare(b.period));
  return byMetric;
}

const mean = (xs: readonly UsagePoint[]) => xs.reduce((s, p) => s + p.value, 0) / xs.length;

function trendOf(e: DealEvidence, metric: string, series: UsagePoint[]): UsageTrendSignal | undefined {
  if (series.length < 4) return undefined;
  const latest = series[series.length - 1]!;
  if (daysHavePassed(e, Date.parse(`${latest.period}T00:00:00Z`), e.config.usageStaleWeeks * 7))
    return undefined;
  const window = series.slice(-8);
  const half = Math.floor(window.length / 2);
  const previous = window.slice(window.length - 2 * half, window.length - half);
  const recent = window.slice(window.length - half);
  const previousAverage = mean(previous);
  const recentAverage = mean(recent);
  if (previousAverage <= 0) return undefined;
  const earlier = series.length >= 5 ? series[series.length - 5] : undefined;
  // Weeks of consecutive decline, counted back from the latest point.
  let run = 0;
  while (
    run + 1 < series.length &&
    series[series.length - 1 - run]!.value < series[series.length - 2 - run]!.value
  )
    run += 1;
  const slideFrom = series[series.length - 1 - run]!.value;
  const slide =
    run >= 3 && slideFrom > 0 ? Math.round((latest.value / slideFrom - 1) * 1000) / 1000 : undefined;
  return {
    kind: 'usage_trend',
    metric,
    previousAverage: Math.round(previousAverage * 10) / 10,
    recentAverage: Math.round(recentAverage * 10) / 10,
    change: Math.round((recentAverage / previousAverage - 1) * 1000) / 1000,
    latest: latest.value,
    ...(earlier ? { fourWeeksEarlier: earlier.value } : {}),
    latestPeriod: latest.period,
    ...(slide !== undefined ? { slide } : {}),
    refs: [{ type: 'usage', id: `${e.account.id}:${metric}:${latest.period}` }],
  };
}

export function extractUsageTrends(e: DealEvidence): UsageTrendSignal[] {
  const out: UsageTrendSignal[] = [];
  for (const [metric, series] of visibleSeries(e)) {
    const t = trendOf(e, metric, series);
    if (t) out.push(t);
  }
  return out;
}

const EXPANSION_OFFER =
  /\b(?:add(?:ing|itional)?|more|extra|expan\w*|upgrad\w*|increase|grow|bump)\b[^.?!]{0,40}\b(?:seats?|licen[cs]es?|users?)\b|\b(?:seats?|licen[cs]es?|users?)\b[^.?!]{0,20}\b(?:expansion|upgrade|increase)\b/;

export function extractSeatUtilisation(e: DealEvidence): SeatUtilisationSignal | undefined {
  const licensed = e.opportunity.licensedSeats;
  if (!licensed || licensed <= 0) return undefined;
  const series = visibleSeries(e);
  const metric =
    [...series.keys()].find((m) => SEAT_METRIC.test(m)) ??
    [...series.keys()].find((m) => USER_METRIC.test(m));
  if (!metric) return undefined;
  const points = series.get(metric)!;
  const latest = points[points.length - 1]!;
  if (daysHavePassed(e, Date.parse(`${latest.period}T00:00:00Z`), e.config.usageStaleWeeks * 7))
    return undefined;
  const ratio = latest.value / licensed;
  if (ratio < 0.9) return undefined;
  const fullSince =
    points.find((p) => p.value / licensed >= e.config.seatsFullRatio)?.period ?? latest.period;
  const proposal = e.timeline.find((r) => {
    if (!isOurEmailToCustomer(r) || formatDay(Math.floor(r.at / 86_400_000)) < fullSince) return false;
    return EXPANSION_OFFER.test(readingOf(r).fresh);
  });
  return {
    kind: 'seat_utilisation',
    metric,
    used: latest.value,
    licensed,
    ratio: Math.round(ratio * 100) / 100,
    period: latest.period,
    ...(proposal ? { proposedBy: proposal.activity.id } : {}),
    refs: [
      { type: 'usage', id: `${e.account.id}:${metric}:${latest.period}` },
      { type: 'opportunity', id: e.opportunity.id, field: 'licensedSeats' },
    ],
  };
}
