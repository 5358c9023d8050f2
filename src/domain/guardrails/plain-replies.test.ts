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
} from './guard-test-factories.ts';

// A scheduling-software seller whose documents answer in FAQ form, put terms in parentheses and
// say "at no charge" where a rep says "free". Whole replies, as a rep writes them, must pass when
// every sentence is grounded; one false sentence in the same reply must still block it.
const world = (() => {
  const w = aWorld({
    accounts: [anAccount({ id: 'a-1', name: 'Brookfield Clinics', domain: 'brookfield.org' })],
    contacts: [aContact({ id: 'c-1', accountId: 'a-1', name: 'Rosa Diaz', email: 'rosa@brookfield.org' })],
    opportunities: [
      anOpportunity({
        id: 'o-1',
        accountId: 'a-1',
        name: 'Brookfield - renewal',
        type: 'renewal',
        amount: 43200,
        closeDate: '2026-04-20',
        contractEndDate: '2026-04-30',
        licensedSeats: 60,
      }),
    ],
    products: [
      aProduct({
        sku: 'OB-STD',
        name: 'Orbitly Standard',
        listPrice: 35,
        unit: 'seat/month',
        description: 'Online booking, reminders and calendar sync',
      }),
      aProduct({
        sku: 'OB-PRO',
        name: 'Orbitly Professional',
        listPrice: 60,
        unit: 'seat/month',
        description: 'Standard plus SSO, audit history and Premium Care; minimum 25 seats',
      }),
      aProduct({
        sku: 'OB-CARE',
        name: 'Premium Care',
        listPrice: 4800,
        unit: 'workspace/year',
        description: 'Phone support around the clock; included with Professional',
      }),
      aProduct({
        sku: 'OB-SMS',
        name: 'SMS reminders',
        listPrice: 0.04,
        unit: 'message',
        description: 'Text-message reminders; add-on for Standard and Professional',
      }),
    ],
    documents: [
      aDocument({
        id: 'ob-pricing',
        title: 'Orbitly pricing',
        kind: 'pricing',
        body:
          '# Orbitly pricing\n\nAll plans are billed annually in advance.\n\n- Standard: $35 per seat per month.\n' +
          '- Professional: $60 per seat per month, minimum 25 seats.\n' +
          '- Premium Care (phone support around the clock): $4,800 a year, included at no charge with Professional.\n' +
          '- SMS reminders: $0.04 per message.\n\n## Discounts\n\n- Healthcare non-profits: 10% off list.\n' +
          '- Three-year agreements: 8% off list.\n\nDiscounts do not combine. Customers who renew before the end date keep their current per-seat price.',
      }),
      aDocument({
        id: 'ob-faq',
        title: 'Orbitly FAQ',
        kind: 'faq',
        body:
          '# FAQ\n\n**Is patient data encrypted?**\nYes: at rest (AES-256) and in transit (TLS 1.2+).\n\n' +
          '**Where is data hosted?**\nIn the US (Ohio) or Canada (Toronto), chosen at sign-up.\n\n' +
          '**Which calendars do you sync with?**\nGoogle Calendar and Microsoft 365. Apple iCloud is not supported.\n\n' +
          '**How long does setup take?**\nMost clinics are live within 10 business days.\n\n' +
          '**How long is audit history kept?**\nProfessional keeps audit history for 3 years.',
      }),
    ],
    activities: [
      anEmail({
        accountId: 'a-1',
        opportunityId: 'o-1',
        from: 'rosa@brookfield.org',
        to: ['dana@orbitly.com'],
        body: 'Hi Dana, we are a non-profit clinic group with 60 staff on Professional. We may add our 12 front-desk staff. Can we keep our price if we renew early? Do you sync with Outlook?',
      }),
      anEmail({
        accountId: 'a-1',
        opportunityId: 'o-1',
        occurredAt: '2026-02-24T09:00:00Z',
        from: 'rosa@brookfield.org',
        to: ['dana@orbitly.com'],
        body: 'Also: we open a fourth clinic in June with about twenty more staff, and we want it live within six weeks of opening. Our board meets on March 19.',
      }),
      aNote('Rosa is nervous about the board review in April; the CFO wants a cheaper option.', {
        accountId: 'a-1',
        opportunityId: 'o-1',
      }),
    ],
  });
  w.seller = { name: 'Orbitly', domains: ['orbitly.com'] };
  return w;
})();

const guard = (body: string) => check(body, { world, to: ['rosa@brookfield.org'] });

const grounded = [
  'Thanks for the questions. Yes: if you renew before April 30, you keep your current per-seat price. ' +
    'Renewing your 60 seats on Professional at $60 per seat per month comes to $43,200 a year, billed annually. ' +
    'As a healthcare non-profit you qualify for 10% off list, which brings Professional to $54 per seat per month.',
  'Adding your 12 front-desk staff takes you to 72 seats. Premium Care stays included at no charge with Professional, ' +
    'so your team keeps phone support around the clock.',
  'On calendars: Orbitly syncs with Google Calendar and Microsoft 365, so Outlook works. Apple iCloud is not supported today.',
  'Patient data is encrypted at rest and in transit, and it is hosted in the US (Ohio) unless you choose Canada.',
  'Most clinics are live within two weeks, and Professional keeps audit history for three years.',
  'Happy to set up a 30-minute call before your renewal date, the last day of April.',
  'Your new term would start on May 1, and a three-year agreement takes 8% off list instead of the non-profit rate.',
  'For the fourth clinic, adding twenty staff in June brings you to 80 seats, and being live within six weeks of opening is realistic since most clinics are live within 10 business days.',
  'Ahead of your board meeting on March 19, I will send a one-page summary of the renewal.',
  'Usage looks healthy: your clinics have grown since 2023, and the renewal keeps the same 60 seats for now.',
  'Quick answers to your list:\n\n- Encryption: AES-256 at rest, TLS 1.2+ in transit\n- Hosting: US (Ohio) or Canada (Toronto)\n' +
    '- Calendars: Google Calendar and Microsoft 365 (not iCloud)\n- Setup: usually within 10 business days\n' +
    '- Premium Care: included with Professional, $4,800 a year otherwise\n- SMS reminders: $0.04 per message',
  'Re your note on price: Professional on a three-year agreement is $55.20 per seat per month, $39,744 a year for 60 seats.\n\n' +
    'On Tue, Mar 3, Rosa Diaz wrote:\n> Can we keep our price if we renew early? We also looked at a 40% discount elsewhere.',
];
const flawed = [
  'Renewing your 60 seats on Professional comes to $45,000 a year. Premium Care stays free with Professional.',
  'Orbitly syncs with Google Calendar, Microsoft 365 and Apple iCloud.',
  'Patient data can also be hosted in our London region.',
  'Professional keeps audit history for five years, and most clinics are live within 10 business days.',
  'As a non-profit you get 10% off, and with a three-year agreement another 8% on top.',
  'I know the CFO wants a cheaper option before the board review.',
];

describe('whole replies in a world that answers in FAQ form', () => {
  it.each(grounded)('passes a grounded reply: %s', (body) => {
    expect(guard(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });
  it.each(flawed)('blocks a reply with one false sentence: %s', (body) => {
    expect(guard(body).blocked).toBe(true);
  });
});
