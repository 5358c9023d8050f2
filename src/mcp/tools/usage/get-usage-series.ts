/** MCP tool usage_get_series: an account's weekly product usage per metric, with the trend triage would see. */
import { GetUsageInput, GetUsageOutput, getUsage } from '../../../services/crm/get-usage.ts';
import { facts, lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

const pct = (change: number) => `${change > 0 ? '+' : ''}${Math.round(change * 100)}%`;

export const usageGetSeries = defineTool({
  name: 'usage_get_series',
  title: 'Get product usage and its trend',
  description:
    "Read an account's weekly product usage (active_users, seats_used, events...) with each metric's trend: the last four weeks' average against the four before, named sharp_drop, dip, flat or rising with the same thresholds triage acts on. Also gives the seats licensed on the account's open deals.",
  input: GetUsageInput,
  output: GetUsageOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => getUsage(db, actor, input),
  render: ({ accountId, asOf, series, licensedSeats }) =>
    series.length === 0
      ? `No usage recorded for ${accountId}.`
      : lines(
          `Usage of ${accountId} as of ${asOf.slice(0, 10)}${licensedSeats !== undefined ? ` (licensed seats: ${licensedSeats})` : ''}:`,
          ...series.map((s) =>
            lines(
              `- ${s.metric}: ${
                s.trend
                  ? facts([
                      ['trend', s.trend.direction],
                      ['change', pct(s.trend.change)],
                      ['latest', `${s.trend.latest} (week of ${s.trend.latestPeriod})`],
                      ['4-week avg', `${s.trend.recentAverage} vs ${s.trend.previousAverage}`],
                    ])
                  : 'too short for a trend'
              }`,
              `    ${s.points.map((p) => `${p.period}=${p.value}`).join(', ')}`,
            ),
          ),
        ),
});
