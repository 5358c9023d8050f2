/** An account's product usage, one weekly series per metric with its trend, and seats licensed on its open deals. */
import { and, asc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { entityId, isoDate, type UsagePoint } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { usageFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { readableAccount } from './crm-access.ts';
import { openDealCondition, readCrmHead } from './crm-head.ts';
import { readOpportunities } from './opportunity-reads.ts';
import { UsageTrend, usageTrend } from './usage-trend.ts';

export const GetUsageInput = z.object({
  accountId: entityId.describe('The account id'),
  metric: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('One metric (active_users, seats_used, events); all when omitted'),
  weeks: z
    .number()
    .int()
    .min(4)
    .max(104)
    .default(12)
    .describe('How many recent weeks of each series (4-104, default 12)'),
});
export const UsageSeries = z.object({
  metric: z.string(),
  points: z.array(z.object({ period: isoDate, value: z.number() })),
  /** Absent when the series is shorter than four weeks or starts at zero. */
  trend: UsageTrend.optional(),
});
export const GetUsageOutput = z.object({
  accountId: entityId,
  /** The instant the series are read as of: weeks after it are not shown. */
  asOf: z.string(),
  series: z.array(UsageSeries),
  /** The most seats licensed on any of the account's open deals, to set seats_used against. */
  licensedSeats: z.number().int().optional(),
});
export type GetUsageInput = z.input<typeof GetUsageInput>;
export type GetUsageOutput = z.infer<typeof GetUsageOutput>;

export async function getUsage(db: Db, actor: Actor, input: GetUsageInput): Promise<GetUsageOutput> {
  const { accountId, metric, weeks } = GetUsageInput.parse(input);
  await readableAccount(db, actor, accountId);
  const { asOf, pipeline } = await readCrmHead(db);
  const [rows, open] = await Promise.all([
    db
      .select()
      .from(t.usage)
      .where(
        and(
          eq(t.usage.accountId, accountId),
          metric ? eq(t.usage.metric, metric) : undefined,
          // A week that has not started yet as of the workspace's "now" is not data yet.
          lte(t.usage.period, asOf.slice(0, 10)),
        ),
      )
      .orderBy(asc(t.usage.metric), asc(t.usage.period)),
    readOpportunities(db, and(eq(t.opportunities.accountId, accountId), openDealCondition(pipeline))),
  ]);
  const byMetric = new Map<string, UsagePoint[]>();
  for (const p of rows.map(usageFromRow)) byMetric.set(p.metric, [...(byMetric.get(p.metric) ?? []), p]);
  const seats = open.flatMap((o) => (o.licensedSeats === undefined ? [] : [o.licensedSeats]));
  return {
    accountId,
    asOf,
    series: [...byMetric].map(([name, points]) => {
      const trend = usageTrend(points);
      return {
        metric: name,
        points: points.slice(-weeks).map((p) => ({ period: p.period, value: p.value })),
        ...(trend ? { trend } : {}),
      };
    }),
    ...(seats.length > 0 ? { licensedSeats: Math.max(...seats) } : {}),
  };
}
