/** The commercial shape of a new deal before its situation shapes the story: plan, seats, amount, name. */
import type { Opportunity } from '../../domain/workspace/workspace-schema.ts';
import type { CustomerAccount } from '../accounts/accounts.ts';
import type { Day } from '../calendar.ts';
import { PLANS } from '../catalog/seller.ts';
import type { Rng } from '../random.ts';
import type { OpportunityDraft } from './deal-kit.ts';

// Monthly list price per seat by currency, as in the price book (Team is sold in dollars only; these are the
// equivalents reps quote).
const PRICE: Record<string, readonly [number, number, number]> = {
  USD: [35, 55, 85],
  EUR: [33, 52, 79],
  GBP: [29, 45, 69],
};

const INITIATIVES = [
  'Ops dashboards',
  'Finance reporting',
  'Analytics platform',
  'Regional reporting rollout',
  'Self-serve BI',
  'Executive dashboards',
  'Supply chain analytics',
  'Customer analytics',
  'Sales reporting',
  'Data platform pilot',
];

const roundTo = (n: number, step: number): number => Math.round(n / step) * step;

export function draftOpportunity(
  rng: Rng,
  customer: CustomerAccount,
  type: Opportunity['type'],
  today: Day,
): OpportunityDraft {
  const employees = customer.account.employees ?? 200;
  const planIndex =
    employees < 200
      ? rng.chance(0.7)
        ? 0
        : 1
      : employees < 2500
        ? rng.chance(0.75)
          ? 1
          : 2
        : rng.chance(0.6)
          ? 2
          : 1;
  const plan = PLANS[planIndex] as string;
  // Seats grow with the company but flatten out: big companies buy for a department, not for everyone.
  const wanted = Math.min(employees * (0.03 + rng.next() * 0.15), 150 + employees * 0.03);
  // Customers already on the product have enough seats for usage to mean something week to week.
  const floor = type === 'new_business' ? 10 : 40;
  const seats = Math.max(floor, Math.min(900, roundTo(wanted, 5)));
  const currency = customer.region.currency;
  const price = (PRICE[currency] ?? PRICE.USD ?? [35, 55, 85])[planIndex] ?? 55;
  const discount = rng.pick([0, 0, 0.05, 0.1, 0.12, 0.15]);
  const annual = (n: number): number => Math.max(1000, roundTo(n * price * 12 * (1 - discount), 100));
  const company = customer.account.name;
  let name: string;
  let amount: number;
  switch (type) {
    case 'new_business':
      name = `${company} - ${rng.pick(INITIATIVES)}`;
      amount = annual(seats);
      break;
    case 'expansion': {
      const extra = Math.max(5, roundTo(seats * (0.15 + rng.next() * 0.35), 5));
      name = rng.chance(0.5) ? `${company} - +${extra} seats` : `${company} - Expansion`;
      amount = annual(extra);
      break;
    }
    case 'renewal':
      name = `${company} - Renewal`;
      amount = annual(seats);
      break;
  }
  return {
    name,
    type,
    stage: 'Discovery',
    amount,
    currency,
    plan,
    seats,
    created: today - 30,
    stageEntered: today - 10,
    closeDay: today + 45,
    ...(type === 'expansion' ? { licensedSeats: seats } : {}),
  };
}
