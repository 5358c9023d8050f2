import { describe, expect, it } from 'vitest';
import {
  aContact,
  aDocument,
  aNote,
  anAccount,
  anEmail,
  anOpportunity,
  aProduct,
  aWorld,
  check,
} from '../guard-test-factories.ts';

// A world of its own: a survey tool sold per editor on Solo and Studio, to a customer in New Zealand,
// with limits per plan, a free trial, contract terms, an order form, a booked demo and an approval.
const world = aWorld({
  accounts: [anAccount({ id: 'a-kauri', name: 'Kauri Polling', domain: 'kauripolling.co.nz' })],
  contacts: [
    aContact({ id: 'c-mere', accountId: 'a-kauri', name: 'Mere Tane', email: 'mere@kauripolling.co.nz' }),
  ],
  opportunities: [
    anOpportunity({
      id: 'o-1',
      accountId: 'a-kauri',
      name: 'Kauri Polling - Studio',
      type: 'new_business',
      closeDate: '2026-04-30',
      contractEndDate: undefined,
      licensedSeats: undefined,
    }),
  ],
  products: [
    aProduct({ sku: 'TS-KIOSK', name: 'Northwind Kiosk', listPrice: 300, unit: 'unit', description: '' }),
    aProduct({
      sku: 'TS-SOLO',
      name: 'Northwind Solo',
      listPrice: 20,
      unit: 'editor/month',
      description: '',
    }),
    aProduct({
      sku: 'TS-STUDIO',
      name: 'Northwind Studio',
      listPrice: 50,
      unit: 'editor/month',
      description: '',
    }),
  ],
  documents: [
    aDocument({
      id: 'ts-terms',
      title: 'Terms',
      kind: 'policy',
      body:
        '# Terms\n\nSubscriptions run for 12 months, or for a multi-year term of 24 or 36 months. ' +
        "Either side may cancel at the end of a term with 60 days' written notice.\n\n" +
        '- Northwind Kiosk units can be returned within 30 days of delivery for a refund.\n' +
        '- Multi-year: 6% off the editor subscription on a 24-month term; 9% on a 36-month term.\n',
    }),
    aDocument({
      id: 'ts-limits',
      title: 'Plan limits',
      kind: 'spec',
      body:
        '# Limits\n\n| | Solo | Studio |\n| --- | --- | --- |\n' +
        '| Storage | 50 GB | 1 TB |\n| Survey templates | 20 | 300 |\n| Branching rules | 5 | 25 |\n| Respondents a month | up to 2,000 | 2,001 to 40,000 |\n\n' +
        '# Support\n\n| | Solo | Studio |\n| --- | --- | --- |\n' +
        '| Urgent issue first reply | 2 business days | 3 hours |\n',
    }),
    aDocument({
      id: 'ts-faq',
      title: 'Trial FAQ',
      kind: 'faq',
      body:
        '# FAQ\n\n**How does the trial work?** A free 14-day trial with Studio features for up to 5 editors. ' +
        'If you buy within 45 days of the trial ending, your surveys carry over. Onboarding typically takes 2 to 3 weeks.\n',
    }),
    aDocument({
      id: 'ts-order',
      title: 'Order form (Kauri Polling)',
      kind: 'contract',
      accountId: 'a-kauri',
      body: '# Order form\n\n- Committed volume: 7,500 events a month\n- Panel sync for 12 sites\n',
    }),
  ],
  activities: [
    anEmail({
      accountId: 'a-kauri',
      from: 'mere@kauripolling.co.nz',
      body: 'We run about 9,000 events a month, with 31,000 active respondents, and keep 120 GB of old surveys.',
    }),
    anEmail({
      id: 'm-demo',
      type: 'meeting',
      accountId: 'a-kauri',
      direction: undefined,
      from: undefined,
      occurredAt: '2026-02-20T10:00:00Z',
      startsAt: '2026-03-10T21:00:00Z',
      status: 'scheduled',
      subject: 'Studio demo (45 min)',
      to: ['mere@kauripolling.co.nz'],
      body: undefined,
    }),
    aNote('Approved by the VP: 14% off Studio on a 36-month term. Valid until 2026-03-27.', {
      accountId: 'a-kauri',
    }),
  ],
});
const blocks = (body: string) =>
  check(body, { world, to: ['mere@kauripolling.co.nz'] })
    .findings.filter((f) => f.severity === 'block')
    .map((f) => `${f.check}:${f.text}`);

describe('dates the record holds', () => {
  it("takes an internal note's dates as facts, and still holds other dates to the record", () => {
    expect(blocks('The approved terms are valid until 27 March.')).toEqual([]);
    // Past the approval's last day it is also an approval no one gave.
    expect(blocks('The approved terms are valid until 28 March.')).toEqual([
      'approval_expired:The approved terms are valid until 28 March.',
      'date:28 March',
    ]);
  });

  it("gives a meeting the day it falls on in the attendee's or the named time zone, not any day", () => {
    // 21:00 UTC on 10 March is 10am on 11 March in Auckland, where the invitee's address is.
    expect(blocks('Looking forward to our demo on Wednesday 11 March.')).toEqual([]);
    expect(blocks('See you at the demo on 11 March at 5pm Eastern time.')).toEqual([]);
    expect(blocks('Looking forward to our demo on Thursday 12 March.')).toEqual([
      'meeting_date:Thursday 12 March',
    ]);
  });

  it("holds a booked meeting's length to its invitation", () => {
    expect(blocks("We've set aside 45 minutes for the demo.")).toEqual([]);
    expect(blocks("We've set aside 90 minutes for the demo.")).toEqual(['meeting_length:90 minutes']);
  });
});

describe('quantities the customer or the documents give', () => {
  it('reads a contract term as a choice among the documented terms', () => {
    expect(
      blocks('Without the multi-year discount, the editor subscription on a 12-month term is $600 a year.'),
    ).toEqual([]);
    expect(
      blocks('Without the multi-year discount, the editor subscription on an 18-month term is $900.'),
    ).not.toEqual([]);
  });

  it("lets the customer's own counted numbers through, but not a limit the documents contradict", () => {
    expect(blocks('With ~31,000 active respondents a month you sit in the Studio range.')).toEqual([]);
    expect(blocks('Your 120 GB archive fits easily.')).toEqual([]);
    expect(blocks('Solo includes 1 TB of storage.')).toContain('documented_quantity:1 TB');
    expect(blocks('Studio includes 1 TB of storage.')).toEqual([]);
  });

  it('backs a bound a labelled row gives ("up to 2,000") and the ends of a range', () => {
    expect(blocks('Solo covers up to 2,000 respondents a month; Studio up to 40,000 respondents.')).toEqual(
      [],
    );
  });

  it('gives words in brackets to the number in the same brackets', () => {
    expect(
      blocks('You asked about logic (branching rules, Studio) and templates (up to 300 on Studio).'),
    ).toEqual([]);
    expect(blocks('You asked about logic and branching rules (up to 300 on Studio).')).toContain(
      'documented_quantity:300',
    );
  });

  it("compares a plan's own response time across orders of magnitude", () => {
    expect(blocks('On Solo an urgent issue gets a first reply within 3 hours.')).toEqual([
      'documented_quantity:3 hours',
    ]);
    expect(blocks('On Studio an urgent issue gets a first reply within 3 hours.')).toEqual([]);
  });

  it('holds the length of a thing the documents name by its length', () => {
    expect(blocks('A reminder that the trial is a 14-day one.')).toEqual([]);
    expect(blocks('A reminder that the trial is a 30-day one.')).toEqual(['duration:30-day']);
  });

  it('accepts a gap between a stated volume and the order form only when the sentence speaks of a gap', () => {
    expect(blocks('At 9,000 events, the 1,500 events above your commitment are billed monthly.')).toEqual([]);
    expect(blocks('At 9,000 events, 1,300 events are billed monthly.')).toContain('count:1,300 events');
  });
});

describe('what one product has, or the customer has', () => {
  it("holds a quantity only one product has to that product's number, said of it or not", () => {
    expect(blocks('You have 30 days from delivery to send a kiosk back for a refund.')).toEqual([]);
    expect(blocks('You have 60 days from delivery to send a kiosk back for a refund.')).toContain(
      'documented_quantity:60 days',
    );
  });

  it('holds a length said as a possessive ("60 days\' notice") to the documents\'', () => {
    expect(blocks("If you decide to leave, we need 60 days' notice.")).toEqual([]);
    expect(blocks("If you decide to leave, we need 90 days' notice.")).toEqual(['duration:90 days']);
  });

  it('holds a count of what the customer has to their order form, where it counts that thing', () => {
    expect(blocks('Your 12 sites carry over unchanged.')).toEqual([]);
    expect(blocks('Your 15 sites carry over unchanged.')).toEqual(['count:15 sites']);
    expect(blocks('Your 15 panels carry over unchanged.')).toEqual([]);
  });
});
