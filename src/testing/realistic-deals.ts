/** A deterministic stream of deals with realistic mail (greetings, quotes, signatures, disclaimers) for throughput runs. */
import { DAY_MS } from '../domain/dates/calendar.ts';
import type { DealContext } from '../domain/triage/deal-context.ts';
import type { Activity } from '../domain/workspace/workspace-schema.ts';
import { AS_OF, aContact, aDeal, aUsageSeries } from './factories.ts';

const CUSTOMER_LINES = [
  'Thanks for the walkthrough yesterday, the team found it really useful.',
  'Can you send over the revised pricing with the three-year option?',
  'Our security team has a few questions about SSO and data residency.',
  'We are reviewing the proposal with finance this week.',
  'Legal is looking at the MSA now; expect their redlines in about two weeks.',
  'Does Thursday at 2pm work for a follow-up call?',
  'We are also talking to Contoso, mainly on price.',
  'Please check back with me after our board meets on the 18th.',
  'Sounds good, talk soon.',
  'Quick question: is SCIM provisioning included in Enterprise?',
];
const OUR_LINES = [
  "Great question - I'll confirm with our security team and get back to you by Friday.",
  'Attached is the revised proposal with the three-year pricing we discussed.',
  'Just checking in to see whether you had a chance to review the proposal.',
  'Thursday at 2pm works - invite is on its way.',
  'Yes, SCIM provisioning is included in Enterprise, along with SAML SSO.',
  "I'll send the order form over first thing Monday.",
  'Happy to walk your team through a side-by-side comparison next week.',
];
const SIGNATURE =
  '\n\nBest regards,\nDana Ortiz\nAccount Executive | Northwind Analytics\n+1 555 0100 | northwind.io';
const DISCLAIMER =
  '\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee.';

/** A small seeded generator so every run sees the same mail. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

export function realisticDeals(count: number, seed = 1): DealContext[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const asOf = Date.parse(AS_OF);
  const deals: DealContext[] = [];
  for (let d = 0; d < count; d += 1) {
    const accountId = `a-${d}`;
    const opportunityId = `o-${d}`;
    const contact = aContact({ id: `c-${d}`, accountId, email: `hank${d}@globex${d}.com` });
    const activities: Activity[] = [];
    let at = asOf - (30 + Math.floor(next() * 20)) * DAY_MS;
    let previous = '';
    for (let i = 0; i < 9; i += 1) {
      at += Math.floor(next() * 4 + 1) * DAY_MS;
      const fromUs = i % 2 === 1;
      const lines = [pick(fromUs ? OUR_LINES : CUSTOMER_LINES), pick(fromUs ? OUR_LINES : CUSTOMER_LINES)];
      const quote = previous
        ? `\n\nOn Mon, Feb 9, 2026 at 10:02 AM ${fromUs ? 'Hank Moss' : 'Dana Ortiz'} wrote:\n${previous
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}`
        : '';
      const body = `Hi ${fromUs ? 'Hank' : 'Dana'},\n\n${lines.join(' ')}${fromUs ? SIGNATURE : `\n\nThanks,\nHank${next() < 0.3 ? DISCLAIMER : ''}`}${quote}`;
      previous = lines.join(' ');
      activities.push({
        id: `act-${d}-${i}`,
        type: i === 4 ? 'meeting' : 'email',
        accountId,
        opportunityId,
        occurredAt: new Date(at).toISOString(),
        ...(i === 4
          ? {
              startsAt: new Date(at + 2 * DAY_MS).toISOString(),
              status: 'completed' as const,
              subject: 'Demo',
            }
          : {
              direction: fromUs ? ('outbound' as const) : ('inbound' as const),
              from: fromUs ? 'dana@northwind.io' : contact.email,
              to: [fromUs ? contact.email : 'dana@northwind.io'],
              subject: 'Re: Proposal',
              body,
              threadId: `t-${d}`,
            }),
      });
    }
    deals.push({
      ...aDeal({
        opportunity: {
          id: opportunityId,
          accountId,
          type: d % 4 === 0 ? 'renewal' : 'new_business',
          contractEndDate: '2026-05-15',
        },
        contacts: [contact],
        activities,
        usage: aUsageSeries([120, 121, 119, 118, 110, 100, 95, 90], { accountId }),
        competitors: ['Contoso BI', 'Contoso'],
      }),
    });
  }
  return deals;
}
