/** The offline writer on the example workspace: each act-now deal's draft names the fact behind it and passes the guardrails. */
import { beforeAll, describe, expect, it } from 'vitest';
import { wordCount } from '../../src/domain/drafting/wording.ts';
import type { ProposalDraft } from '../../src/domain/proposals/proposal-schema.ts';
import { assessDeal } from '../../src/domain/triage/assess-deal.ts';
import { contextsFromWorkspace } from '../../src/domain/triage/deal-context.ts';
import { guardOverBase } from '../../src/services/drafting/draft-guard.ts';
import { workspaceKnowledgeSource } from '../../src/services/drafting/knowledge-source.ts';
import { offlineWriter } from '../../src/services/drafting/offline-writer.ts';
import type { GuardOutcome } from '../../src/services/missions/mission-ports.ts';
import { northwindLabels, northwindWorkspace } from '../../src/testing/examples.ts';

type Drafted = { draft: ProposalDraft; guard: GuardOutcome };
const drafted = new Map<string, Drafted>();

beforeAll(async () => {
  const ws = northwindWorkspace();
  const writer = offlineWriter(workspaceKnowledgeSource(ws));
  const guard = guardOverBase({ ...ws, products: ws.products ?? [], documents: ws.documents ?? [] });
  for (const context of contextsFromWorkspace(ws)) {
    const assessment = assessDeal(context);
    const draft = await writer.write(context, assessment);
    if (draft) drafted.set(context.opportunity.id, { draft, guard: guard(context, draft) });
  }
});

function email(id: string) {
  const payload = drafted.get(id)?.draft.payload;
  if (payload?.kind !== 'send_email')
    throw new Error(`${id} drafted ${payload?.kind ?? 'nothing'}, not an email`);
  return payload.email;
}

function update(id: string) {
  const payload = drafted.get(id)?.draft.payload;
  if (payload?.kind !== 'update_opportunity') throw new Error(`${id} drafted ${payload?.kind ?? 'nothing'}`);
  return payload.update;
}

describe('the offline writer on the example workspace', () => {
  it('drafts exactly the act-now deals, for a labelled action, and the guardrails pass every draft', () => {
    const actNow = northwindLabels().filter((l) => l.verdict === 'act_now');
    expect([...drafted.keys()].sort()).toEqual(actNow.map((l) => l.opportunityId).sort());
    for (const label of actNow) {
      const { draft, guard } = drafted.get(label.opportunityId)!;
      expect(label.actions, label.opportunityId).toContain(draft.action);
      expect(guard.blocked, `${label.opportunityId}: ${JSON.stringify(guard.findings)}`).toBe(false);
      expect(guard.observations.some((o) => o.kind === 'guardrail')).toBe(true);
    }
  });

  it('answers o-103 on SSO with Okta and EU hosting from the security overview, citing its passages', () => {
    const e = email('o-103');
    expect(e.to).toEqual(['alice@umbrellahealth.com']);
    expect(e).toMatchObject({ threadId: 't-o-103', inReplyToActivityId: 'act-6', subject: 'Re: Demo recap' });
    expect(e.body).toMatch(/single sign-on \(Okta/);
    expect(e.body).toMatch(/hosted in the EU \(Frankfurt\)/);
    expect(e.citations.length).toBeGreaterThanOrEqual(2);
    for (const c of e.citations) {
      expect(c.ref).toMatchObject({ type: 'chunk', id: expect.stringMatching(/^doc-security#\d+$/) });
      expect(e.body).toContain(c.claim!);
      expect(c.quote).toBeTruthy();
    }
  });

  it('has o-101 own the missed Friday, February 20 date for the revised three-year proposal and commit to a new one', () => {
    const e = email('o-101');
    expect(e.to).toEqual(['hank@globex.com']);
    expect(e.body).toMatch(/revised proposal with three-year pricing/);
    expect(e.body).toMatch(/Friday, February 20/);
    // The new date is after "now" (Monday, March 2) and the draft never makes up the proposal's numbers.
    expect(e.body).toMatch(/by (?:Tuesday, March 3|Wednesday, March 4)/);
    expect(e.body).not.toMatch(/\$|%/);
  });

  it('gives o-105 the 47% fall in active users over four weeks and the April 15 renewal', () => {
    const e = email('o-105');
    expect(e.to).toEqual(['art@vandelay.com']);
    expect(e.body).toMatch(/from 119 to 63/);
    expect(e.body).toMatch(/47%/);
    expect(e.body).toMatch(/April 15/);
  });

  it('has o-108 pick up after the spending freeze through February, in the customer’s words', () => {
    const e = email('o-108');
    expect(e.body).toMatch(/spending freeze through the end of February/);
    expect(e).toMatchObject({ inReplyToActivityId: 'act-16', threadId: 't-o-108' });
  });

  it('sends o-109 to Frank Thorn in procurement, and never to Sol who left', () => {
    const e = email('o-109');
    expect(e.to).toEqual(['frank@soylent.com']);
    expect(e.cc).toEqual([]);
    expect(e.body).toMatch(/^(?:Hi |Hello )?Frank,/);
    expect(e.inReplyToActivityId).toBeUndefined();
  });

  it('gives o-110 its 50 of 50 seats and the ask for 25 more, with list prices only beside their citation', () => {
    const e = email('o-110');
    expect(e.body).toMatch(/50 of your licensed seats|all 50/i);
    expect(e.body).toMatch(/25 more/);
    const prices = e.body.match(/\$\d+/g) ?? [];
    for (const price of prices) expect(e.citations.some((c) => c.quote?.includes(price))).toBe(true);
    expect(e.citations.every((c) => c.ref.type === 'chunk' && c.ref.id.startsWith('doc-pricing#'))).toBe(
      true,
    );
  });

  it('proposes moving o-107 to Closed Lost, with the customer’s words as the reason', () => {
    const u = update('o-107');
    expect(u.changes).toContainEqual({ field: 'stage', from: 'Proposal', to: 'Closed Lost' });
    expect(u.reason).toMatch(/Lucius .*another vendor/);
  });

  it('moves o-111’s close date from 2026-02-15 to the end of March, citing Nina’s email', () => {
    const u = update('o-111');
    expect(u.changes).toEqual([{ field: 'closeDate', from: '2026-02-15', to: '2026-03-31' }]);
    expect(u.reason).toMatch(/Nina wrote on February 25: "Our legal team is still working through the MSA/);
  });

  it('keeps every email short, with one greeting and a sign-off by the deal owner', () => {
    for (const [id, { draft }] of drafted) {
      if (draft.payload.kind !== 'send_email') continue;
      const paragraphs = draft.payload.email.body.split('\n\n');
      expect(wordCount(paragraphs.slice(1, -1).join(' ')), id).toBeLessThanOrEqual(120);
      expect(paragraphs.at(-1), id).toMatch(/\n(?:Dana|Raj)$/);
    }
  });
});
