/**
 * One rep's share of the world: their accounts, contacts, deals, activities, usage and labels. Generated one rep at a
 * time, so even a 100,000-deal world only ever holds one rep's deals in memory.
 */
import type { Label } from '../domain/labels/labels-schema.ts';
import type {
  Account,
  Activity,
  Contact,
  Opportunity,
  UsagePoint,
} from '../domain/workspace/workspace-schema.ts';
import { buildCustomer } from './accounts/accounts.ts';
import type { CompanyNames } from './accounts/company-names.ts';
import { ymd } from './calendar.ts';
import { COMPETITORS } from './catalog/seller.ts';
import { DealKit, type DealRecord } from './deal/deal-kit.ts';
import { draftOpportunity } from './deal/opportunity-draft.ts';
import { DEMO_CONFIG, type SituationKey } from './demo-config.ts';
import type { RepProfile } from './people/team.ts';
import { createRng } from './random.ts';
import { SITUATIONS } from './situations/catalog.ts';
import type { SituationDeck } from './situations/deck.ts';
import { localDay } from './zoned-time.ts';

export interface RepSlice {
  readonly accounts: Account[];
  readonly contacts: Contact[];
  readonly opportunities: Opportunity[];
  readonly activities: Activity[];
  readonly usage: UsagePoint[];
  readonly labels: Label[];
  /** The situation behind each opportunity, in order; for tests and statistics, never written. */
  readonly situations: SituationKey[];
}

export interface WorldContext {
  readonly seed: number;
  readonly asOfMs: number;
  readonly oppsPerRep: number;
  readonly repWidth: number;
  readonly dealWidth: number;
  readonly deck: SituationDeck;
  readonly names: CompanyNames;
}

/** Defaults every deal needs whatever its situation: a renewal has a contract end, a customer has usage. */
function completeCustomerDeal(kit: DealKit, hasUsage: boolean): void {
  const { opp, rng, today } = kit;
  if (opp.type === 'renewal') {
    if (opp.contractEnd === undefined) {
      // Far enough out that no renewal action is due: the situation, not the contract, drives the label.
      opp.contractEnd = today + rng.int(DEMO_CONFIG.renewalWindowDays + 15, 260);
      opp.licensedSeats = opp.seats;
    }
    opp.closeDay = Math.min(opp.closeDay, opp.contractEnd);
    opp.name = `${kit.customer.account.name} - ${ymd(opp.contractEnd).year} renewal`;
  }
  if (opp.type !== 'new_business' && !opp.closed && !hasUsage)
    kit.usage(rng.chance(0.5) ? 'flat' : 'growing');
}

export function generateRepSlice(ctx: WorldContext, rep: RepProfile): RepSlice {
  const slice: RepSlice = {
    accounts: [],
    contacts: [],
    opportunities: [],
    activities: [],
    usage: [],
    labels: [],
    situations: [],
  };
  const repNo = String(rep.index + 1).padStart(ctx.repWidth, '0');
  const today = localDay({ utcMs: ctx.asOfMs, tz: rep.person.tz });
  for (let i = 0; i < ctx.oppsPerRep; i++) {
    const key = ctx.deck.at(rep.index * ctx.oppsPerRep + i);
    const situation = SITUATIONS[key];
    const dealNo = String(i + 1).padStart(ctx.dealWidth, '0');
    const rng = createRng(`${ctx.seed}/deal/${repNo}/${dealNo}`);
    const accountId = `acc-${repNo}-${dealNo}`;
    const customer = buildCustomer(rng.fork('account'), ctx.names, rep.teamRegion, rep.user.id, accountId);
    const type = situation.opportunityType(rng);
    const kit = new DealKit(
      rng.fork('story'),
      { utcMs: ctx.asOfMs, tz: rep.person.tz },
      rep,
      customer,
      {
        account: accountId,
        opportunity: `opp-${repNo}-${dealNo}`,
        activityPrefix: `act-${repNo}-${dealNo}`,
        threadPrefix: `thr-${repNo}-${dealNo}`,
      },
      draftOpportunity(rng.fork('opportunity'), customer, type, today),
      rng.pick(COMPETITORS),
      rng.chance(DEMO_CONFIG.injectionRate),
    );
    situation.build(kit);
    completeCustomerDeal(kit, kit.hasUsage);
    const record: DealRecord = kit.finish(key);
    slice.accounts.push(record.account);
    slice.contacts.push(...record.contacts);
    slice.opportunities.push(record.opportunity);
    slice.activities.push(...record.activities);
    slice.usage.push(...record.usage);
    if (record.label) slice.labels.push(record.label);
    slice.situations.push(key);
  }
  return slice;
}
