/** The facts a prompt hands the model about one account: people, open deals with closeloop's verdicts, recent activity. */

import { findSubject } from '../../services/crm/find-subject.ts';
import { getAccount } from '../../services/crm/get-account.ts';
import { listActivities } from '../../services/crm/list-activities.ts';
import { explainDeal } from '../copilot/explain-deal.ts';
import type { ToolContext } from '../mcp-deps.ts';
import { renderActivity } from '../render/render-activity.ts';
import { facts, lines } from '../render/render-text.ts';
import { renderVerdict } from '../render/render-verdict.ts';

// Enough recent history to talk about; the model can read more with crm_get_activities.
const RECENT_ACTIVITIES = 8;

export async function accountBriefing(
  ctx: ToolContext,
  who: string,
): Promise<{ title: string; text: string }> {
  const subject = await findSubject(ctx.db, ctx.actor, who);
  const account = await getAccount(ctx.db, ctx.actor, { accountId: subject.accountId });
  const deals = subject.opportunityId ? [subject.opportunityId] : account.openOpportunities.map((o) => o.id);
  const explained = await Promise.all(
    deals.map((id) => explainDeal(ctx.db, ctx.actor, ctx.deps.reasoner, { opportunityId: id })),
  );
  const recent = await listActivities(ctx.db, ctx.actor, {
    accountId: subject.accountId,
    limit: RECENT_ACTIVITIES,
  });
  const a = account.account;
  const text = lines(
    `Account: ${a.name} (${a.id}) ${facts([
      ['domain', a.domain],
      ['industry', a.industry],
      ['owner', account.owner?.name],
    ])}`,
    subject.contactName && `The person named: ${subject.contactName}`,
    'Contacts:',
    ...account.contacts.map(
      (c) =>
        `- ${c.name} <${c.email}> ${facts([
          ['title', c.title],
          ['role', c.role],
          ['status', c.status ?? 'active'],
        ])}`,
    ),
    explained.length > 0
      ? "Open deals and closeloop's verdicts:"
      : 'No open deal you can see on this account.',
    ...explained.flatMap((e) => [
      renderVerdict(e.deal),
      ...e.observations
        .filter((o) => o.kind !== 'conclusion')
        .map((o) => `    · ${o.title}${o.span ? ` ("${o.span.text}")` : ''}`),
    ]),
    `Most recent activity (newest first):`,
    ...recent.activities.map((r) => renderActivity(r, 400)),
  );
  return { title: subject.contactName ?? subject.accountName, text };
}
