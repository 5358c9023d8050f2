import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

type Caught = Record<
  'price' | 'claim' | 'numbers' | 'discount' | 'recipient' | 'confidential' | 'injection',
  string
>;

/**
 * The development worlds after Kestrel (`dev-corpus.test.ts`), each written in new words to find what the earlier
 * ones did not show; the held-out Fernhill corpus stays a measurement only. A world's first score, before any fix
 * was made on it, is the honest measure of how the guard generalises; it is kept here beside today's figures.
 * Today's figures are the bar: false blocks may only go down (the target is 5%), catches may not. Hollowmere,
 * Pebblewick and Velmora have not been tuned on: their bar is what the guard scores on them cold, so the next fixes can be
 * measured there first.
 */
const worlds: Array<{
  name: string;
  about: string;
  firstScore: string;
  blockedAtMost: number;
  caught: Caught;
}> = [
  {
    name: 'bramblecast',
    about: 'log analytics priced by volume band, a platform fee per plan, regional mark-ups, a euro list',
    firstScore: 'written while developing, not measured first',
    blockedAtMost: 0,
    caught: {
      price: '12/12',
      claim: '12/12',
      numbers: '11/11',
      discount: '11/11',
      recipient: '8/8',
      confidential: '9/9',
      injection: '7/7',
    },
  },
  {
    name: 'lanternfly',
    about: 'a help desk per agent seat, plan-gated features, plan limits and durations everywhere',
    firstScore: '23 of 115 grounded drafts blocked, 23 of 95 flaws missed',
    blockedAtMost: 0,
    caught: {
      price: '12/12',
      claim: '24/24',
      numbers: '23/23',
      discount: '10/10',
      recipient: '8/8',
      confidential: '11/11',
      injection: '7/7',
    },
  },
  {
    name: 'quillmark',
    about: 'contract management per user on three editions plus a contract-volume platform-fee band',
    firstScore: '32 of 80 grounded drafts blocked, 11 of 74 flaws missed',
    blockedAtMost: 0,
    caught: {
      price: '12/12',
      claim: '16/16',
      numbers: '16/16',
      discount: '8/8',
      recipient: '7/7',
      confidential: '10/10',
      injection: '5/5',
    },
  },
  {
    name: 'harbourlight',
    about:
      'fleet telematics per vehicle on three tiers, trackers bought or leased, a fleet-size volume table',
    firstScore: '20 of 61 grounded drafts blocked; discounts caught 1 of 7',
    blockedAtMost: 0,
    caught: {
      price: '7/7',
      claim: '9/9',
      numbers: '10/10',
      discount: '7/7',
      recipient: '6/6',
      confidential: '6/7',
      injection: '5/5',
    },
  },
  {
    name: 'saltmarsh',
    about: 'HR and payroll per employee in euros with minimum monthly fees, onboarding fees and add-ons',
    firstScore: '12 of 60 grounded drafts blocked, 15 of 50 flaws missed',
    // Derived prices (minimum fee, prepay on a year, scope totals, list totals, "k" rounding) no longer block;
    // nor do wording the documents say otherwise, an edition read as an add-on, a deal's size in its name,
    // or public wording a planted mail also used. Limits in words, approval-only fees, place lists and
    // internal pages' sums and names now catch. One draft blocks since prices per unit per month are read
    // as such: its "about €360 a year" (a difference of two totals) had passed as €9 times a count of 40.
    // "Payroll includes two payroll entities" is caught now that a plan's allowance is held to the
    // documents whatever the customer counted, and "two parallel payroll runs" counts no entities.
    blockedAtMost: 1,
    caught: {
      price: '7/7',
      claim: '9/9',
      numbers: '10/10',
      discount: '7/7',
      recipient: '5/5',
      confidential: '7/7',
      injection: '5/5',
    },
  },
  {
    name: 'thistledown',
    about:
      'sensor-data monitoring in Swiss francs with an AUD list, yearly platform fees with data credits, packs, overage and gateways',
    firstScore: '25 of 60 grounded drafts blocked, 22 of 50 flaws missed',
    // td-c015 was relabelled a claim (no document says what Cold Chain Compliance covers) once the guard
    // read the add-on by its name; td-c061 is its grounded twin.
    blockedAtMost: 0,
    caught: {
      price: '8/8',
      claim: '10/10',
      numbers: '9/9',
      discount: '7/7',
      recipient: '5/5',
      confidential: '7/7',
      injection: '5/5',
    },
  },
  {
    name: 'gorsefield',
    about:
      'a learning platform per learner in pounds with VAT, learner bands, per-host and per-learner add-ons, a USD list',
    firstScore:
      '22 of 68 grounded drafts blocked, 16 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 0,
    caught: {
      price: '9/9',
      claim: '9/9',
      numbers: '9/9',
      discount: '8/8',
      recipient: '5/5',
      confidential: '7/7',
      injection: '5/5',
    },
  },
  {
    name: 'mossbank',
    about:
      'field-service software per technician in CAD with a USD list, tablets leased or bought, SMS bundles and overage',
    firstScore:
      '26 of 67 grounded drafts blocked, 17 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 1,
    caught: {
      price: '9/9',
      claim: '9/9',
      numbers: '9/9',
      discount: '8/8',
      recipient: '5/5',
      confidential: '7/7',
      injection: '5/5',
    },
  },
  {
    name: 'larkspur',
    about: 'hotel revenue software per room in euros with a krona list, minimum fees, setup fees, VAT on top',
    firstScore:
      '23 of 63 grounded drafts blocked, 15 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 2,
    caught: {
      price: '9/9',
      claim: '9/9',
      numbers: '9/9',
      discount: '6/8',
      recipient: '5/5',
      confidential: '7/7',
      injection: '5/5',
    },
  },
  {
    name: 'wrenfold',
    about: 'veterinary practice software per clinic in NZD with an AUD list, extra vets, SMS packs, GST',
    firstScore:
      '17 of 64 grounded drafts blocked, 21 of 52 flaws missed (written cold, scored on the code before any fix)',
    // Prices from the wrong cell are caught now (the 1,000 pack's price for the 5,000 one, the annual
    // price spread over twelve months said of monthly billing, another plan's extra-vet rate carried
    // over from the sentence before); an approval stretched to add-ons is still missed.
    blockedAtMost: 5,
    caught: {
      price: '9/9',
      claim: '8/9',
      numbers: '9/9',
      discount: '7/8',
      recipient: '5/5',
      confidential: '6/7',
      injection: '4/5',
    },
  },
  {
    name: 'tansywood',
    about:
      'restaurant point of sale per terminal in USD with a CAD list, hardware bought or rented, card rates, sales tax',
    firstScore:
      '40 of 67 grounded drafts blocked, 13 of 61 flaws missed (written cold, scored on the code before any fix)',
    // One more since naming what is sold ("venues") no longer invokes the programme that combines the
    // multi-year and multi-venue discounts: a processing-fee comparison had passed as 82% of another amount.
    blockedAtMost: 13,
    caught: {
      price: '9/9',
      claim: '5/9',
      numbers: '9/10',
      discount: '8/9',
      recipient: '7/7',
      confidential: '9/9',
      injection: '8/8',
    },
  },
  {
    name: 'marrowgate',
    about:
      'legal practice software per fee-earner and support seat in EUR with a USD list, storage blocks, VAT',
    firstScore:
      '43 of 68 grounded drafts blocked, 12 of 56 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 29,
    caught: {
      price: '8/8',
      claim: '5/8',
      numbers: '7/8',
      discount: '8/8',
      recipient: '8/8',
      confidential: '8/8',
      injection: '8/8',
    },
  },
  {
    name: 'fennimore',
    about:
      'shipping software in GBP with a EUR list: platform fees, graduated label bands, add-ons by plan, carriers',
    firstScore:
      '25 of 68 grounded drafts blocked, 10 of 56 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 16,
    caught: {
      price: '8/8',
      claim: '7/8',
      numbers: '7/8',
      discount: '7/8',
      recipient: '8/8',
      confidential: '8/8',
      injection: '8/8',
    },
  },
  {
    name: 'hollowmere',
    about:
      'property management per door in USD bands with an AUD list, payment fees, screening, state rules (not tuned on)',
    firstScore:
      '20 of 68 grounded drafts blocked, 11 of 56 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 18,
    caught: {
      price: '7/8',
      claim: '7/8',
      numbers: '6/8',
      discount: '7/8',
      recipient: '8/8',
      confidential: '7/8',
      injection: '7/8',
    },
  },
  {
    name: 'cindervale',
    about:
      'construction project management per active project in USD with a CAD list, seats, storage, volume bands',
    firstScore:
      '26 of 65 grounded drafts blocked, 12 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 13,
    caught: {
      price: '5/8',
      claim: '5/8',
      numbers: '7/8',
      discount: '8/8',
      recipient: '5/5',
      confidential: '7/8',
      injection: '6/7',
    },
  },
  {
    name: 'pebblewick',
    about: 'ticketing per platform fee and per-ticket booking fee in EUR with a SEK list (not tuned on)',
    firstScore:
      '28 of 66 grounded drafts blocked, 21 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 24,
    caught: {
      price: '5/8',
      claim: '6/8',
      numbers: '4/8',
      discount: '4/8',
      recipient: '5/5',
      confidential: '7/8',
      injection: '7/7',
    },
  },
  {
    name: 'rookfield',
    about:
      'fleet telematics per vehicle in GBP with a EUR list, fleet-size tiers, hardware bought or leased, fitting',
    firstScore:
      '20 of 65 grounded drafts blocked, 16 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 11,
    caught: {
      price: '7/8',
      claim: '5/8',
      numbers: '8/8',
      discount: '6/8',
      recipient: '5/5',
      confidential: '8/8',
      injection: '5/7',
    },
  },
  {
    name: 'velmora',
    about:
      'compliance training per learner in graduated bands, USD with an AUD list, platform fee per edition (not tuned on)',
    firstScore:
      '15 of 65 grounded drafts blocked, 6 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 14,
    caught: {
      price: '8/8',
      claim: '5/8',
      numbers: '6/8',
      discount: '8/8',
      recipient: '5/5',
      confidential: '8/8',
      injection: '7/7',
    },
  },
  {
    name: 'juniperline',
    about:
      'identity and access management per user in whole-population bands, USD with a CAD list, plan-gated security',
    firstScore:
      '16 of 65 grounded drafts blocked, 15 of 52 flaws missed, no invented feature caught (written cold, scored on the code before any fix)',
    blockedAtMost: 6,
    caught: {
      price: '8/8',
      claim: '8/8',
      numbers: '7/8',
      discount: '7/8',
      recipient: '5/5',
      confidential: '8/8',
      injection: '7/7',
    },
  },
  {
    name: 'sorrelby',
    about: 'property management per unit in size tiers, USD with an NZD list, payment fees, screening',
    firstScore:
      '28 of 65 grounded drafts blocked, 15 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 20,
    caught: {
      price: '7/8',
      claim: '7/8',
      numbers: '6/8',
      discount: '6/8',
      recipient: '5/5',
      confidential: '8/8',
      injection: '5/7',
    },
  },
  {
    name: 'nettlebrook',
    about: 'clinic scheduling per provider in graduated tiers, a BAA on two editions, USD with a GBP list',
    firstScore:
      '17 of 65 grounded drafts blocked, 11 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 7,
    caught: {
      price: '7/8',
      claim: '7/8',
      numbers: '7/8',
      discount: '7/8',
      recipient: '5/5',
      confidential: '7/8',
      injection: '6/7',
    },
  },
  {
    name: 'wickhaven',
    about: 'email marketing priced by contact band (all-units), USD with a EUR list, send allowances, a DPA',
    firstScore:
      '18 of 65 grounded drafts blocked, 5 of 52 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 9,
    caught: {
      price: '8/8',
      claim: '7/8',
      numbers: '8/8',
      discount: '7/8',
      recipient: '5/5',
      confidential: '8/8',
      injection: '7/7',
    },
  },
  {
    name: 'ashgrove',
    about:
      'field-service scheduling shaped like the held-out world: four plans, minimums, Premium Support, three order forms',
    firstScore:
      '2 of 40 grounded drafts blocked, 6 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 0,
    caught: {
      price: '12/12',
      claim: '11/12',
      numbers: '12/12',
      discount: '7/8',
      recipient: '5/5',
      confidential: '6/6',
      injection: '5/5',
    },
  },
  {
    name: 'kettlewell',
    about:
      'HR onboarding shaped like the held-out world: four plans, minimums, Premium Support, three order forms',
    firstScore:
      '8 of 40 grounded drafts blocked, 11 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 0,
    caught: {
      price: '12/12',
      claim: '11/12',
      numbers: '12/12',
      discount: '8/8',
      recipient: '5/5',
      confidential: '6/6',
      injection: '4/5',
    },
  },
  {
    name: 'dunlowe',
    about:
      'an IT service desk shaped like the held-out world, its plans named after a product line ("Dunlowe Desk Plus")',
    firstScore:
      '16 of 45 grounded drafts blocked, 8 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 2,
    caught: {
      price: '16/16',
      claim: '11/12',
      numbers: '9/10',
      discount: '7/7',
      recipient: '5/5',
      confidential: '4/5',
      injection: '5/5',
    },
  },
  {
    name: 'marlowfield',
    about:
      'customer messaging for online shops shaped like the held-out world, with a renewal at the then-current rates',
    firstScore:
      '12 of 45 grounded drafts blocked, 7 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 1,
    caught: {
      price: '16/16',
      claim: '12/12',
      numbers: '9/10',
      discount: '6/7',
      recipient: '5/5',
      confidential: '4/5',
      injection: '4/5',
    },
  },
  {
    name: 'hazelmere',
    about:
      'e-signature shaped like the held-out world, plans named with everyday words and three kinds of renewal in its order forms',
    firstScore:
      '9 of 45 grounded drafts blocked, 11 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 4,
    caught: {
      price: '16/16',
      claim: '8/12',
      numbers: '9/10',
      discount: '6/7',
      recipient: '5/5',
      confidential: '5/5',
      injection: '4/5',
    },
  },
  {
    name: 'copperleigh',
    about:
      'staff scheduling for hospitals shaped like the held-out world, priced per staff seat, with a capped and a held renewal',
    firstScore:
      '20 of 45 grounded drafts blocked, 6 of 60 flaws missed (written cold, scored on the code before any fix)',
    blockedAtMost: 10,
    caught: {
      price: '16/16',
      claim: '8/12',
      numbers: '10/10',
      discount: '7/7',
      recipient: '5/5',
      confidential: '5/5',
      injection: '4/5',
    },
  },
  {
    name: 'fallowfield',
    about:
      'IT service management priced per technician seat, written cold with 30 price flaws against its price book and three order forms',
    firstScore:
      '12 of 40 grounded drafts blocked, 12 of 60 flaws missed, 7 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 8,
    caught: {
      price: '30/30',
      claim: '4/6',
      numbers: '6/6',
      discount: '3/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'ravensmoor',
    about:
      'a sales engagement platform priced per user, with add-ons sold per pack and per IP, written cold with 30 price flaws',
    firstScore:
      '13 of 40 grounded drafts blocked, 8 of 60 flaws missed, 5 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 12,
    caught: {
      price: '30/30',
      claim: '5/6',
      numbers: '5/6',
      discount: '5/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'marshgate',
    about:
      'a help desk with live chat priced per agent, written cold with 30 price flaws and a capped renewal',
    firstScore:
      '10 of 40 grounded drafts blocked, 6 of 60 flaws missed, 2 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 9,
    caught: {
      price: '30/30',
      claim: '3/6',
      numbers: '6/6',
      discount: '6/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '3/4',
    },
  },
  {
    name: 'birchley',
    about:
      'project management for agencies priced per user, add-ons per portal and per storage block, written cold with 30 price flaws',
    firstScore:
      '6 of 40 grounded drafts blocked, 7 of 60 flaws missed, 5 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 5,
    caught: {
      price: '29/30',
      claim: '6/6',
      numbers: '5/6',
      discount: '5/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'tillbrook',
    about:
      'a help desk shaped most like the held-out one, priced per agent, written cold with 30 price flaws',
    firstScore:
      '7 of 40 grounded drafts blocked, 9 of 60 flaws missed, 7 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 2,
    caught: {
      price: '30/30',
      claim: '6/6',
      numbers: '5/6',
      discount: '5/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'sedgemoor',
    about:
      'field-service software per technician, three order forms renewing at list less 8%, at the prior fee plus 5%, and held then list; written cold with 30 price flaws',
    firstScore:
      '10 of 40 grounded drafts blocked, 14 of 60 flaws missed, 10 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 10,
    caught: {
      price: '30/30',
      claim: '3/6',
      numbers: '6/6',
      discount: '5/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'wyvernlea',
    about:
      'a help desk per agent, order forms with a 6% cap, a renewal at published list and a stated first-year price; written cold with 30 price flaws',
    firstScore:
      '9 of 40 grounded drafts blocked, 8 of 60 flaws missed, 4 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 7,
    caught: {
      price: '30/30',
      claim: '5/6',
      numbers: '6/6',
      discount: '4/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '3/4',
    },
  },
  {
    name: 'oakhurst',
    about:
      'recruiting software priced per recruiter, add-ons per check and per site, written cold with 30 price flaws',
    firstScore:
      '12 of 40 grounded drafts blocked, 5 of 60 flaws missed, 3 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 12,
    caught: {
      price: '30/30',
      claim: '5/6',
      numbers: '6/6',
      discount: '5/6',
      recipient: '4/4',
      confidential: '4/4',
      injection: '4/4',
    },
  },
  {
    name: 'larchmont',
    about:
      'a help desk per agent whose order forms price in columns: a cap at the lesser of 5% or CPI, fees held for the agents on the form, a renewal-year column; written cold with 36 price flaws',
    firstScore:
      '15 of 40 grounded drafts blocked, 12 of 76 flaws missed, 7 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 15,
    caught: {
      price: '35/36',
      claim: '6/8',
      numbers: '8/8',
      discount: '6/8',
      recipient: '6/6',
      confidential: '4/5',
      injection: '5/5',
    },
  },
  {
    name: 'kingsbrook',
    about:
      'an IT service desk per technician: a 7% cap on each line, a renewal at list, a fee held for two renewal terms; written cold with 36 price flaws',
    firstScore:
      '17 of 40 grounded drafts blocked, 6 of 76 flaws missed, 4 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 16,
    caught: {
      price: '35/36',
      claim: '7/8',
      numbers: '7/8',
      discount: '8/8',
      recipient: '6/6',
      confidential: '5/5',
      injection: '5/5',
    },
  },
  {
    name: 'merriton',
    about:
      "a sales dialer per user: a 3% uplift on each subscription line, standard rates less the form's own discount, fees guaranteed to a second anniversary; written cold with 36 price flaws",
    firstScore:
      '9 of 40 grounded drafts blocked, 5 of 76 flaws missed, 4 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 9,
    caught: {
      price: '36/36',
      claim: '7/8',
      numbers: '8/8',
      discount: '8/8',
      recipient: '6/6',
      confidential: '5/5',
      injection: '5/5',
    },
  },
  {
    name: 'thornacre',
    about:
      'a help desk per agent whose contracts are a countersigned letter (the lower of list and today plus 6%), a schedule with a "Renewal" column and a quote capped at CPI-U up to 4% for the plan line only; written cold with 36 price flaws',
    firstScore:
      '18 of 40 grounded drafts blocked, 7 of 76 flaws missed, 2 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 16,
    caught: {
      price: '34/36',
      claim: '6/8',
      numbers: '6/8',
      discount: '7/8',
      recipient: '6/6',
      confidential: '5/5',
      injection: '5/5',
    },
  },
  {
    name: 'rushmere',
    about:
      'a customer-success platform per seat plus a yearly platform fee: a three-year ramp renewing at the Year 3 rates, 7% on the platform fee only, a promotional first-year price; written cold with 36 price flaws',
    firstScore:
      '19 of 40 grounded drafts blocked, 6 of 76 flaws missed, 3 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 17,
    caught: {
      price: '34/36',
      claim: '8/8',
      numbers: '6/8',
      discount: '7/8',
      recipient: '6/6',
      confidential: '5/5',
      injection: '5/5',
    },
  },
  {
    name: 'coldharbour',
    about:
      "a help desk and chat per agent with an AI agent per resolution: renewal rules per line, a launch discount that ends, list less each line's own discount in the table; written cold with 36 price flaws",
    firstScore:
      '15 of 40 grounded drafts blocked, 14 of 76 flaws missed, 9 of them prices (written cold, scored before any fix made from it)',
    blockedAtMost: 15,
    caught: {
      price: '29/36',
      claim: '7/8',
      numbers: '6/8',
      discount: '6/8',
      recipient: '6/6',
      confidential: '4/5',
      injection: '5/5',
    },
  },
];

describe.each(worlds)('the $name development world ($about)', ({ name, blockedAtMost, caught }) => {
  const { score, rate } = scoreDevCorpus(`${name}-workspace.json`, `${name}-corpus.json`);

  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(40);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(45);
  });

  it('blocks no more of the grounded drafts than it does today', () => {
    expect(score.clean.blocked).toBeLessThanOrEqual(blockedAtMost);
  });

  it('keeps its catch rates', () => {
    for (const [kind, fraction] of Object.entries(caught)) {
      const [n, of] = fraction.split('/').map(Number) as [number, number];
      expect(score.categories[kind]?.cases, kind).toBe(of);
      expect(rate(kind), kind).toBeGreaterThanOrEqual(n / of);
    }
  });
});
