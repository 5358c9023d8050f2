import { describe, expect, it } from 'vitest';
import type { RouteDecision } from '../copilot-schema.ts';
import { buildEntityIndex } from './entity-index.ts';
import { type RepRecords, RepRecords as RepRecordsSchema } from './rep-records.ts';
import { routeRequest } from './route-request.ts';

const NOW = '2026-03-02T14:00:00Z';

function records(over: Partial<RepRecords> = {}): RepRecords {
  return RepRecordsSchema.parse({
    sellerName: 'Northwind Analytics',
    accounts: [
      { id: 'a-1', name: 'Globex Corp', domain: 'globex.com' },
      { id: 'a-2', name: 'Initech', domain: 'initech.com' },
      { id: 'a-3', name: 'Massive Dynamic' },
    ],
    contacts: [
      { id: 'c-1', accountId: 'a-1', name: 'Hank Moss', email: 'hank@globex.com', title: 'VP Operations' },
      { id: 'c-2', accountId: 'a-2', name: 'William Lumbergh', email: 'bill@initech.com', title: 'CFO' },
      { id: 'c-3', accountId: 'a-3', name: 'Hank Hill', email: 'hank@massive.com', title: 'CFO' },
    ],
    opportunities: [
      {
        id: 'o-1',
        accountId: 'a-1',
        name: 'Globex Corp - Plant analytics',
        type: 'new_business',
        stage: 'Proposal',
        open: true,
        closeDate: '2026-03-31',
      },
      {
        id: 'o-2',
        accountId: 'a-2',
        name: 'Initech - Renewal',
        type: 'renewal',
        stage: 'Discovery',
        open: true,
        closeDate: '2026-04-30',
      },
      {
        id: 'o-3',
        accountId: 'a-2',
        name: 'Initech - Seat expansion',
        type: 'expansion',
        stage: 'Demo',
        open: true,
        closeDate: '2026-05-30',
      },
    ],
    meetings: [
      {
        id: 'm-1',
        accountId: 'a-2',
        opportunityId: 'o-2',
        subject: 'Renewal review',
        startsAt: '2026-03-04T15:00:00Z',
        attendees: ['bill@initech.com'],
      },
    ],
    products: [
      { sku: 'NW-PRO', name: 'Northwind Pro' },
      { sku: 'NW-ENT', name: 'Northwind Enterprise' },
    ],
    ...over,
  });
}

const route = (text: string, r: RepRecords = records()): RouteDecision =>
  routeRequest(text, buildEntityIndex(r), { now: NOW });
const routed = (text: string) => {
  const d = route(text);
  if (d.kind !== 'route') throw new Error(`asked back: ${d.clarification.question}`);
  return d.route;
};

describe('routeRequest', () => {
  it('reads a company name without its suffix, and through a typo', () => {
    expect(routed('what is going on with globex')).toMatchObject({
      intent: 'research_account',
      accountId: 'a-1',
      opportunityId: 'o-1',
    });
    expect(routed('whats up w/ globx')).toMatchObject({ accountId: 'a-1' });
  });

  it('knows a nickname: "Bill" is William Lumbergh', () => {
    expect(routed('email Bill about the renewal')).toMatchObject({
      intent: 'draft_email',
      accountId: 'a-2',
      opportunityId: 'o-2',
      contactIds: ['c-2'],
    });
  });

  it('asks which one when a first name fits people at two accounts', () => {
    const d = route('log call with Hank: wants pricing by Friday');
    expect(d.kind).toBe('clarify');
    if (d.kind === 'clarify') {
      expect(d.clarification.candidates.map((c) => c.id).sort()).toEqual(['c-1', 'c-3']);
      expect(d.clarification.question).toBe(
        'Which Hank do you mean: Hank Moss (Globex Corp) or Hank Hill (Massive Dynamic)?',
      );
    }
  });

  it('settles a shared first name with the company named beside it', () => {
    expect(routed('log call with Hank at Globex: he wants the numbers')).toMatchObject({
      accountId: 'a-1',
      contactIds: ['c-1'],
    });
  });

  it('asks which deal when an account has two open deals and a log must attach to one', () => {
    const d = route('log a call with Initech: all good');
    expect(d.kind === 'clarify' && d.clarification.candidates.map((c) => c.id)).toEqual(['o-2', 'o-3']);
  });

  it('picks the deal a word names: "the Initech renewal"', () => {
    expect(routed('log a call on the Initech renewal: all good')).toMatchObject({ opportunityId: 'o-2' });
  });

  it('finds the next booked meeting for "my next call"', () => {
    expect(routed('prep me for my next call')).toMatchObject({
      intent: 'prepare_brief',
      accountId: 'a-2',
      opportunityId: 'o-2',
      meetingId: 'm-1',
    });
  });

  it('reads a plan name as a product question, not as a customer', () => {
    expect(routed('does Enterprise support Okta?')).toEqual(
      expect.objectContaining({
        intent: 'product_question',
        contactIds: [],
        topic: 'does Enterprise support Okta?',
      }),
    );
    expect(routed('does Enterprise support Okta?').accountId).toBeUndefined();
  });

  it('never reads an everyday word as a name without a capital or a cue', () => {
    // "massive" is an adjective here; "Massive" after "with" is the account.
    expect(route('we had a massive week').kind).toBe('clarify');
    expect(routed('catch up with Massive')).toMatchObject({ accountId: 'a-3' });
  });

  it('asks back, listing the rep’s accounts, when a task needs one and none was named', () => {
    const d = route('draft an email');
    expect(d.kind).toBe('clarify');
    if (d.kind === 'clarify') expect(d.clarification.question).toMatch(/^Who is the email to\?/);
  });

  it('matches only the records it was given: another rep’s account is an unknown word', () => {
    const d = route("what's going on with Hooli?");
    expect(d.kind).toBe('clarify');
  });
});
