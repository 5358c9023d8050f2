/** The CRM reads a copilot plan makes: the same services behind crm_get_account, crm_get_opportunity, … over MCP. */
import { z } from 'zod';
import { isoDateTime } from '../../../domain/workspace/workspace-schema.ts';
import { readCrmHead } from '../../crm/crm-head.ts';
import { GetAccountInput, getAccount } from '../../crm/get-account.ts';
import { GetOpportunityInput, getOpportunity } from '../../crm/get-opportunity.ts';
import { GetUsageInput, getUsage } from '../../crm/get-usage.ts';
import { ListActivitiesInput, listActivities } from '../../crm/list-activities.ts';
import { defineCopilotTool, plural } from './tool-kit.ts';

export const crmGetAccountTool = defineCopilotTool({
  name: 'crm_get_account',
  input: GetAccountInput,
  async run({ db, actor }, input) {
    const [found, head] = await Promise.all([getAccount(db, actor, input), readCrmHead(db)]);
    return {
      absorb: (e) => ({
        ...e,
        sellerDomains: head.seller.domains,
        account: found.account,
        ...(found.owner ? { owner: { name: found.owner.name, email: found.owner.email } } : {}),
        contacts: found.contacts,
        deals: found.openOpportunities.map(({ accountName: _, ...deal }) => deal),
      }),
      summary: `${found.account.name}: ${plural(found.contacts.length, 'contact')}, ${plural(found.openOpportunities.length, 'open deal')}`,
      refs: [{ type: 'account', id: found.account.id }],
    };
  },
});

export const crmGetOpportunityTool = defineCopilotTool({
  name: 'crm_get_opportunity',
  input: GetOpportunityInput,
  async run({ db, actor }, input) {
    const found = await getOpportunity(db, actor, input);
    const o = found.opportunity;
    return {
      absorb: (e) => ({
        ...e,
        opportunity: o,
        ...(found.stageEnteredAt ? { stageEnteredAt: found.stageEnteredAt } : {}),
      }),
      summary: `${o.name}: ${o.stage}${found.isOpen ? '' : ' (closed)'}, closes ${o.closeDate}`,
      refs: [{ type: 'opportunity', id: o.id }],
    };
  },
});

// The copilot reads raw bodies: quoted spans and the composer's own "fresh text" both need the full message.
const ActivitiesInput = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? { ...raw, includeRaw: true } : raw),
  ListActivitiesInput,
);

export const crmGetActivitiesTool = defineCopilotTool({
  name: 'crm_get_activities',
  input: ActivitiesInput,
  async run({ db, actor }, input) {
    const found = await listActivities(db, actor, input);
    const activities = found.activities.map(({ text, raw, ...a }) => ({
      ...a,
      ...(raw !== undefined ? { body: raw } : text !== undefined ? { body: text } : {}),
    }));
    return {
      absorb: (e) => ({ ...e, activities, activitiesRead: true }),
      summary: `${plural(activities.length, 'activity')}${activities[0] ? `, latest ${activities[0].occurredAt.slice(0, 10)}` : ''}`,
      refs: activities.slice(0, 5).map((a) => ({ type: 'activity' as const, id: a.id })),
    };
  },
});

export const usageGetSeriesTool = defineCopilotTool({
  name: 'usage_get_series',
  input: GetUsageInput,
  async run({ db, actor }, input) {
    const found = await getUsage(db, actor, input);
    const usage = found.series.map((s) => ({
      metric: s.metric,
      points: s.points,
      ...(s.trend ? { change: s.trend.change, direction: s.trend.direction } : {}),
    }));
    const trends = usage
      .filter((s) => s.change !== undefined)
      .map((s) => `${s.metric} ${Math.round((s.change ?? 0) * 100)}%`);
    return {
      absorb: (e) => ({
        ...e,
        usage,
        ...(found.licensedSeats !== undefined ? { licensedSeats: found.licensedSeats } : {}),
      }),
      summary: usage.length
        ? `${plural(usage.length, 'series')}${trends.length ? ` (${trends.join(', ')})` : ''}`
        : 'no usage data',
      refs: usage.map((s) => ({ type: 'usage' as const, id: `${found.accountId}:${s.metric}` })),
    };
  },
});

export const AsOfInput = z.object({ asOf: isoDateTime });
