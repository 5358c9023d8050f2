import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GuardCorpusV1 } from '../../domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import { buildGuardIndex } from '../../domain/guardrails/index/guard-index.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';

// The shared example world sits beside the project (../shared), as it does in CI.
const examples = new URL('../../../../shared/fixtures/examples/', import.meta.url);
const workspace = WorkspaceV1.parse(
  JSON.parse(readFileSync(new URL('northwind.workspace.json', examples), 'utf8')),
);
const corpus = GuardCorpusV1.parse(
  JSON.parse(readFileSync(new URL('northwind.drafts.json', examples), 'utf8')),
);
const index = buildGuardIndex(workspace);

const firstActiveContact = (opportunityId: string) => {
  const accountId = workspace.opportunities.find((o) => o.id === opportunityId)!.accountId;
  return workspace.contacts.find((c) => c.accountId === accountId && (c.status ?? 'active') === 'active')!
    .email;
};
const guard = (opportunityId: string, body: string) => {
  const outcome = guardDraft(index, {
    opportunityId,
    to: [firstActiveContact(opportunityId)],
    cc: [],
    subject: 'Following up',
    body: `Hi,\n\n${body}\n\nBest,\nDana`,
  });
  if (outcome.status !== 'checked') throw new Error('unknown opportunity');
  return outcome;
};

describe('the northwind example drafts', () => {
  it.each(corpus.cases.map((c) => [c.id, c.kind, c] as const))(
    '%s (%s) is judged as labelled',
    (_id, _kind, c) => {
      const outcome = guardDraft(index, c.draft);
      expect(outcome.status === 'checked' && outcome.blocked).toBe(c.expectBlocked);
    },
  );

  it('explains each flawed example with the record it contradicts', () => {
    const byId = new Map(corpus.cases.map((c) => [c.id, guardDraft(index, c.draft)]));
    const first = (id: string) => {
      const o = byId.get(id)!;
      return o.status === 'checked' ? o.findings.find((f) => f.severity === 'block') : undefined;
    };
    expect(first('nw-06')).toMatchObject({ kind: 'price', text: '$55 per seat per month' });
    expect(first('nw-07')).toMatchObject({ kind: 'claim', check: 'region', text: 'Sydney' });
    expect(first('nw-08')).toMatchObject({
      kind: 'claim',
      check: 'date',
      citation: { field: 'contractEndDate' },
    });
    expect(first('nw-09')).toMatchObject({ kind: 'discount', citation: { id: 'doc-pricing#1' } });
    expect(first('nw-10')).toMatchObject({ kind: 'recipient', check: 'left_company' });
    expect(first('nw-12')).toMatchObject({
      kind: 'confidential',
      check: 'other_customer',
      text: 'Umbrella Health',
    });
    expect(first('nw-13')).toMatchObject({ kind: 'confidential', check: 'battlecard' });
  });
});

describe('northwind drafts in other words', () => {
  it.each([
    [
      'o-103',
      'Good questions. On Okta: it is supported for SSO on the Enterprise plan. On data location: we host EU customers in Frankfurt.',
    ],
    [
      'o-103',
      "Thanks for your patience, Alice. Single sign-on is part of Enterprise and works with Okta; and yes, we can keep Umbrella Health's data in our EU (Frankfurt) region.",
    ],
    [
      'o-101',
      'Here is the three-year option Finance asked for: Pro at $40 per seat per month, less 10% for the three-year commitment, comes to $36.',
    ],
    ['o-101', 'Revised numbers attached: the three-year option saves 10% versus paying list each year.'],
    [
      'o-102',
      "Just a note so it's on your radar: I'll reach out again on Monday, March 9 when your budget opens.",
    ],
    [
      'o-105',
      'Art, your 150-seat agreement is up for renewal on April 15. Could we review usage together in the next two weeks?',
    ],
    ['o-110', 'Congrats on reaching 50 seats! For 25 more Pro seats, the added cost is $12,000 per year.'],
    ['o-106', 'I can take 10% off the list price if we sign by March 27.'],
    [
      'o-108',
      'Miles, you asked us to reconnect after March 1. Would a 30 minute discovery call next week work?',
    ],
    [
      'o-109',
      "Frank, Sol's mailbox bounced, so I'm reaching out to you directly on the supply analytics proposal.",
    ],
    [
      'o-112',
      'Norman, I understand the redlines should arrive in roughly three weeks. Our SOC 2 Type II report is ready once an NDA is in place.',
    ],
    [
      'o-104',
      'Gavin, picking up on the pilot idea: a two-week pilot with your platform team would let you test the dashboards on real data.',
    ],
    [
      'o-107',
      "Lucius, thank you for letting us know. If anything changes, I'd be glad to pick this back up.",
    ],
  ])('passes a grounded draft on %s: %s', (opportunityId, body) => {
    expect(guard(opportunityId, body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    ['o-103', 'Good news: Enterprise supports SSO with Okta, and we can also host in our Australian region.'],
    ['o-103', 'We are fully GDPR and HIPAA compliant.'],
    ['o-101', 'A three-year commitment brings Enterprise to $55 per seat.'],
    ['o-101', 'Pro comes in at $40 per seat per month, billed quarterly.'],
    ['o-105', 'Your 150 seats renew on May 1.'],
    ['o-105', "You're licensed for 175 users today."],
    ['o-102', 'Since your budget opens on March 16, I will check back then.'],
    ['o-112', 'Since legal expects redlines in about five weeks, I will wait.'],
    ['o-106', 'To close this week I can do 25 percent off.'],
    ['o-106', 'Per our discount policy, anything beyond 15% goes to the sales manager.'],
    ['o-108', 'Massive Dynamic signed a similar deal at $210,000.'],
    ['o-107', 'Compared to Contoso, we are the safer choice: they have no EU hosting.'],
  ])('blocks a flawed draft on %s: %s', (opportunityId, body) => {
    expect(guard(opportunityId, body).blocked).toBe(true);
  });
});
