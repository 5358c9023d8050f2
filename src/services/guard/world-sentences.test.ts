import { describe, expect, it } from 'vitest';
import { devWorldIndex } from '../../../test/support/guard-dev-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import type { GuardFinding } from '../../domain/guardrails/guard-schema.ts';
import type { GuardIndex } from '../../domain/guardrails/index/guard-index.ts';

// Single sentences from the development worlds, each the smallest form of a class fixed there.

/** The blocking findings a draft of one body gets on a deal of a development world. */
function blocking(index: GuardIndex, opportunityId: string, to: string, body: string): GuardFinding[] {
  const outcome = guardDraft(index, { opportunityId, to: [to], cc: [], subject: 'Re: your questions', body });
  if (outcome.status !== 'checked') throw new Error(`unknown opportunity ${opportunityId}`);
  return outcome.findings.filter((f) => f.severity === 'block');
}
const priceTexts = (findings: GuardFinding[]) =>
  findings.filter((f) => f.kind === 'price').map((f) => f.text);
/** The price findings a body gets on one deal of a world, written to one contact. */
const pricesOn = (index: GuardIndex, opportunityId: string, to: string) => (body: string) =>
  priceTexts(blocking(index, opportunityId, to, body));

const mossbank = devWorldIndex('mossbank-workspace.json');
const blocks = (body: string) => priceTexts(blocking(mossbank, 'mo-2', 'shauna@prairieskyland.ca', body));
const rookfield = devWorldIndex('rookfield-workspace.json');

describe('an extra bought on a plan', () => {
  it('prices the extra, not the plan it is bought on', () => {
    expect(
      blocks(
        'With 3 people dispatching you would need one extra seat on Dispatch (2 are included), so $24 a month.',
      ),
    ).toEqual([]);
    expect(
      blocks(
        'With 3 people dispatching you would need one extra seat on Dispatch (2 are included), so $27 a month.',
      ),
    ).toEqual(['$27 a month']);
  });
});

describe('a rate said of no product', () => {
  // "Extra storage … €20 ($22) per block per month" names no product the reader knows: times a count
  // and a programme's discount it must not back $190 said of the e-billing add-on (it is $210).
  const marrowgate = devWorldIndex('marrowgate-workspace.json');
  it('backs no amount of a named product through a discount and a count', () => {
    const found = blocking(
      marrowgate,
      'mo-4',
      'renee.marchetti@castellanwhitby.com',
      'Hi Renée, Legal Tracker e-billing is an add-on at $190 a month for the whole firm, and it works on Firm. Jordan',
    );
    expect(found.map((f) => f.text)).toEqual(['$190 a month']);
  });
});

describe('a construction world (Cindervale)', () => {
  const cindervale = devWorldIndex('cindervale-workspace.json');
  const check = (opportunityId: string, to: string, body: string) =>
    blocking(cindervale, opportunityId, to, body).map((f) => f.text);
  const blocked = (body: string) => check('co-2', 'gabe.whitfield@northcreekmech.com', body);

  it('prices an add-on bought for a plan as the add-on, not as the plan it is bought for', () => {
    expect(
      blocked('The BIM Model Viewer is an add-on for Pro at $450 a month for the whole account.'),
    ).toEqual([]);
    expect(
      blocked('The BIM Model Viewer is an add-on for Pro at $540 a month for the whole account.'),
    ).toEqual(['$540 a month']);
  });

  it('gives a feature said of two plans set side by side to neither', () => {
    expect(blocked("Here's the IT side of Pro versus Enterprise, since that's where SCIM sits.")).toEqual([]);
    expect(blocked('Pro includes SCIM, so accounts are created for you.')).not.toEqual([]);
  });

  it('reads a bare "$" on a US deal as US dollars, never as the Canadian list', () => {
    const onboarding = (amount: string) =>
      check(
        'co-5',
        'victor.osei@halvardgroup.com',
        `Halvard would take the Large onboarding package, which is ${amount} one-off.`,
      );
    expect(onboarding('$24,000')).toEqual([]);
    expect(onboarding('$32,000')).toEqual(['$32,000 one-off']);
  });

  it('reads "Pro for 20 projects" as the quote sized at the customer\'s count, not as a plan minimum', () => {
    expect(blocked('Pro for 20 projects, one year, is $159 per project per month.')).toEqual([]);
  });
});

describe('what a programme is invoked by (Wrenfold)', () => {
  // "A clinic that opened in the last 12 months gets 15%": everything is sold per clinic, so naming
  // clinics invokes nothing; having opened in the last 12 months does.
  const wrenfold = devWorldIndex('wrenfold-workspace.json');
  const discounts = (body: string) =>
    blocking(wrenfold, 'wo-1', 'hamish.bell@southernpaws.co.nz', body)
      .filter((f) => f.kind === 'discount')
      .map((f) => f.check);

  it('reads clinics as what is sold, not as the new-practice programme', () => {
    expect(
      discounts('So if the group grows to six clinics, the whole group moves to 10% off the plan fee.'),
    ).toEqual([]);
    expect(
      discounts(
        'As the clinic opened in the last 12 months, the new practice discount is 20% off its plan fee.',
      ),
    ).not.toEqual([]);
  });
});

describe('a line named on the next line of a list', () => {
  // "Extra users" on the line after "£2,988" is the next item's name: it must not make the platform
  // fee's yearly amount a price of an extra user.
  const fennimore = devWorldIndex('fennimore-workspace.json');
  const priceBlocks = (body: string) =>
    priceTexts(blocking(fennimore, 'fo-1', 'martha.hollins@hollinsbray.co.uk', body));

  it('prices each item by its own name', () => {
    expect(
      priceBlocks(
        'One yearly figure for Fulfil on annual billing:\n- Platform fee: £2,988\n- Extra users: £360',
      ),
    ).toEqual([]);
    expect(
      priceBlocks(
        'One yearly figure for Fulfil on annual billing:\n- Platform fee: £2,988\n- Extra users: £371',
      ),
    ).toEqual(['£371']);
  });
});

describe('a rate said of "it"', () => {
  // "It's £5 per camera per month" after a sentence about extended video storage prices the storage
  // (£3), not the tracker lease that happens to cost £5.
  const priceBlocks = (rate: string) =>
    priceTexts(
      blocking(
        rookfield,
        'rf-opp-tamar',
        'oliver.penrose@tamarcold.co.uk',
        `Hi Oliver,\n\nIf your insurer needs longer, extended video storage keeps clips for 12 months. It's ${rate} per camera per month.\n\nPriya`,
      ),
    ).length;

  it('is the rate of the product the sentence before named', () => {
    expect(priceBlocks('£3')).toBe(0);
    expect(priceBlocks('£5')).toBe(1);
  });
});

describe('a row under a billing heading', () => {
  // "### 1b. Billed monthly" over "Sentinel: £32.00": £32 is the monthly-billing rate, no price of
  // Sentinel on an annual agreement (£27).
  const priceBlocks = (body: string) =>
    priceTexts(blocking(rookfield, 'rf-opp-pennine', 'jason@pennineplumbing.co.uk', body));

  it('prices the line the heading names', () => {
    expect(priceBlocks('On an annual agreement Sentinel is £27 a van a month.')).toEqual([]);
    expect(priceBlocks('Billed monthly, Sentinel is £32 a van a month.')).toEqual([]);
    expect(priceBlocks('On an annual agreement Sentinel is £32 a van a month.')).toEqual(['£32']);
  });

  it('prices the amount compared against as the other option', () => {
    const calder = (body: string) =>
      priceTexts(blocking(rookfield, 'rf-opp-calder', 'megan.royd@caldervalleybuses.co.uk', body));
    const tier = (today: string) =>
      `And if the fleet ever reached 200 vehicles, you'd drop into the 200–499 tier (Sentinel list £21 instead of ${today}), and that rate would apply to every bus from your next annual invoice.`;
    expect(calder(tier('£24'))).toEqual([]);
    expect(calder(tier('£25'))).toEqual(['£25']);
  });

  it('prices the size tier the sentence counts', () => {
    expect(priceBlocks('On an annual agreement Sentinel for 85 vans is £24 a van a month.')).toEqual([]);
    expect(priceBlocks('On an annual agreement Sentinel for 85 vans is £27 a van a month.')).toEqual(['£27']);
  });
});

describe('a row that gives each plan its own figure', () => {
  // "P1: Waypoint: 4 business hours; Sentinel: 2 business hours; Convoy: 1 hour, 24/7": the row
  // states 2 hours for Sentinel only, so it backs no 2 hours said of Convoy.
  const quantityBlocks = (body: string) =>
    blocking(rookfield, 'rf-opp-harrowgate', 'dean.whitlock@harrowgatehaulage.co.uk', body).filter(
      (f) => f.check === 'documented_quantity',
    ).length;

  it('holds the plan named to its own cell', () => {
    expect(quantityBlocks('On Convoy a P1 gets a first response within 1 hour, 24/7.')).toBe(0);
    expect(quantityBlocks('On Sentinel a P1 gets a first response within 2 business hours.')).toBe(0);
    expect(quantityBlocks('On Convoy a P1 gets a first response within 2 hours, 24/7.')).toBe(1);
  });
});

describe('the clinic-scheduling world (Nettlebrook)', () => {
  const nettlebrook = devWorldIndex('nettlebrook-workspace.json');
  const checks = (opportunityId: string, to: string, body: string) =>
    blocking(nettlebrook, opportunityId, to, body).map((f) => f.check);
  const cedar = (body: string) => checks('o-cedar', 'rosa.delgado@cedarbasinhealth.org', body);

  it('reads "two-way" as how a sync works, not a count', () => {
    const agenda =
      "It's 45 minutes on Zoom, and Jun Takeda will cover two-way appointment sync, demographics, visit types and the go-live plan.";
    expect(cedar(agenda)).toEqual([]);
  });

  it("shares out a meeting's time without claiming a period", () => {
    expect(cedar("We'll spend the first 20 minutes on the BAA and the rest on pricing.")).toEqual([]);
  });

  it("takes a bare number the customer wrote as the customer's own", () => {
    expect(cedar('Texting is $22 per 1,000 SMS, so 30,000 a month is $660 a month.')).toEqual([]);
  });

  it('takes "how far below" as no capability', () => {
    const credits =
      "If we miss 99.9%, you get a credit of 10%, 20% or 30% of that month's provider fees depending on how far below we fall.";
    expect(cedar(credits)).toEqual([]);
  });

  it('gives no add-on away where the sentence prices it', () => {
    const reminders =
      'Reminders go by email at no charge, or by text on the Patient Messaging add-on at $22 per 1,000 texts.';
    expect(checks('o-pinecrest', 'luis.ferreira@pinecrestfamilymed.com', reminders)).toEqual([]);
    const givenAway = 'Texts on the Patient Messaging add-on are at no charge for you.';
    expect(checks('o-pinecrest', 'luis.ferreira@pinecrestfamilymed.com', givenAway)).toEqual(['free_add_on']);
  });
});

describe('the email-marketing world (Wickhaven)', () => {
  const wickhaven = devWorldIndex('wickhaven-workspace.json');
  const quantityChecks = (body: string) =>
    blocking(wickhaven, 'o-copperline', 'derek.huang@copperline.com', body)
      .filter((f) => f.check === 'documented_quantity')
      .map((f) => f.text);

  it('reads "US dollars" as money, not a place our invoicing is said to run in', () => {
    const places = (body: string) =>
      blocking(wickhaven, 'o-copperline', 'derek.huang@copperline.com', body).filter(
        (f) => f.check === 'place_list',
      );
    expect(places('Copperline would contract with Wickhaven, Inc., and we invoice in US dollars.')).toEqual(
      [],
    );
  });

  it('holds a period said after a plan-naming clause to that plan, though the thread gives the same period', () => {
    const support =
      'What support looks like on Scale: email, chat and phone, and Severity 1 cover around the clock with a one-hour first response.';
    expect(quantityChecks(support)).toEqual(['one-hour']);
    expect(quantityChecks(support.replace('one-hour', '30-minute'))).toEqual([]);
  });

  it('reads "1.5 million" as one number, and a gap to the allowance as no quantity of ours', () => {
    const overage =
      "Your Scale allowance at that band is 1.5 million emails a month. At 1.8 million you'd be 300,000 over, billed at $0.70 per 1,000: $210 for that month.";
    expect(quantityChecks(overage)).toEqual([]);
  });
});

describe('an HR world (Kettlewell)', () => {
  const kettlewell = devWorldIndex('kettlewell-workspace.json');
  // Quarrymoor weighs Growth; SAML single sign-on is on Scale and Enterprise only.
  const claims = (body: string) =>
    blocking(kettlewell, 'o-405', 'helena.voss@quarrymoor.edu', body).map((f) => f.kind);

  it('gives a feature to the plan a colon\'s "it" points back to', () => {
    expect(claims('One more plus for Growth: it includes single sign-on.')).toEqual(['claim']);
    expect(claims('One more plus for Scale: it includes single sign-on.')).toEqual([]);
  });

  it('never adds a seat count on record to itself', () => {
    // Castellan has 40 seats and asks for 30 more.
    const counts = (body: string) =>
      blocking(kettlewell, 'o-404', 'annika.brandt@castellanrobotics.com', body).map((f) => f.text);
    expect(counts('Adding 30 seats would bring Castellan to 80 seats on Scale.')).toEqual(['80 seats']);
    expect(counts('Adding 30 seats would bring Castellan to 70 seats on Scale.')).toEqual([]);
  });

  it("lets the customer's contracted rate and the published approval rule be told", () => {
    // Castellan's order form: Scale at $54.52 (6% off the $58 list); the public pricing page says a
    // larger discount needs a sales manager's written approval.
    const found = (body: string) =>
      blocking(kettlewell, 'o-404', 'annika.brandt@castellanrobotics.com', body).map((f) => f.kind);
    expect(found('The added seats come in at your contracted $54.52 per seat per month.')).toEqual([]);
    expect(found('The added seats come in at your contracted $52.52 per seat per month.')).toEqual(['price']);
    expect(found("Any further reduction would need my manager's approval.")).toEqual([]);
  });

  it("judges a competitor's name and the sentence right after it, not what a later 'their' says", () => {
    // Elise raised Hirebridge; its battlecard says it bills e-signature per envelope, hurting seasonal hiring.
    const found = (body: string) =>
      blocking(kettlewell, 'o-408', 'elise.marchetti@stonegatehotels.com', body).map((f) => f.check);
    expect(
      found(
        "Thanks for being open about Hirebridge. I won't speak for them; here is what summer looks like with us. E-signature is unlimited on every plan with no per-signature charge, and seasonal hires sign their offer letters on their phones for free.",
      ),
    ).toEqual([]);
    expect(
      found(
        'Thanks for raising Hirebridge. They bill e-signature per envelope, which hurts seasonal hiring.',
      ),
    ).toContain('battlecard');
  });

  it('reads "payable within 30 days" in the FAQ as payment terms', () => {
    expect(claims('Payment terms: annual invoices, payable within 30 days by ACH, wire or card.')).toEqual(
      [],
    );
  });

  it('reads "fewer" and "compares" as everyday words, no features', () => {
    expect(claims('Growth comes with fewer checklist templates than Scale.')).toEqual([]);
    expect(claims('Our offer compares well with list on every seat.')).toEqual([]);
  });

  it("reads a private deployment in the customer's own data centre as on-premise, which it is not offered", () => {
    const hosting = (body: string) =>
      blocking(kettlewell, 'o-410', 'jonah.whitley@cobaltbaystudios.com', body).map((f) => f.check);
    expect(
      hosting("We also offer a private deployment of Kettlewell in the university's own data centre."),
    ).toEqual(['hosting', 'hosting']);
    expect(hosting('Kettlewell is cloud-only; there is no private deployment.')).toEqual([]);
  });
});

describe('a field-service world (Ashgrove)', () => {
  const ashgrove = devWorldIndex('ashgrove-workspace.json');

  it('passes a seat count put forward as a scenario, not one stated as the record', () => {
    // Bexley has 120 Enterprise seats and asked about renewing on fewer.
    const counts = (body: string) =>
      blocking(ashgrove, 'ag-o-bexley', 'ingrid.solberg@bexleylift.com', body).map((f) => f.text);
    expect(counts("Here's one scenario: 95 seats on another two-year term.")).toEqual([]);
    expect(counts('You have 95 seats on your current term.')).not.toEqual([]);
  });

  it('reads "95 Pro seats" as a count of seats, held to the record', () => {
    // Orchard Lane has 60 Pro seats and is adding 30.
    const counts = (body: string) =>
      blocking(ashgrove, 'ag-o-orchard', 'joanna.reyes@orchardlanehvac.com', body).map((f) => f.text);
    expect(counts('Orchard Lane will be at 95 Pro seats, all ending together.')).toEqual(['95 Pro seats']);
    expect(counts('Orchard Lane will be at 90 Pro seats, all ending together.')).toEqual([]);
    expect(counts('Your 10 pilot users can stay on.')).not.toContain('10 pilot users');
  });

  it('holds a renewal to the price the order form renews at, less a documented discount', () => {
    // Kettering's order form: $45 a seat now, renewing at $47; the two-year programme takes 6% off.
    const prices = (body: string) =>
      priceTexts(blocking(ashgrove, 'ag-o-kettering', 'owen.blakely@kettering-plumbing.com', body));
    expect(prices('For the renewal starting July 1, Standard comes to $48 per seat per month.')).toEqual([
      '$48 per seat per month',
    ]);
    expect(prices('For the renewal starting July 1, Standard comes to $47 per seat per month.')).toEqual([]);
    expect(
      prices('Renewing on two years, the 6% takes the $47 renewal price to $44.18 per seat per month.'),
    ).toEqual([]);
  });

  it('works out the months between two dates the sentence states, and a monthly amount over them', () => {
    // Dunmore's term ends on September 30; the upgrade adds $648 a month for its 18 seats.
    const texts = (body: string) =>
      blocking(ashgrove, 'ag-o-dunmore', 'jenna.kowalski@dunmoredoors.com', body).map((f) => f.text);
    const prorated = (months: string, total: string) =>
      `The upgrade is $648 a month. If you upgrade from May 1, we prorate to the end of your term on September 30, which is ${months} months, or ${total}.`;
    expect(texts(prorated('five', '$3,240'))).toEqual([]);
    expect(texts(prorated('five', '$3,420'))).toEqual(['$3,420']);
    expect(texts(prorated('seven', '$4,536'))).toContain('seven months');
  });
});

describe('a customer-messaging world (Marlowfield)', () => {
  const marlowfield = devWorldIndex('marlowfield-workspace.json');

  it("prices a renewal at the price list's multi-year rate where the order form allows one", () => {
    // Meridian's order form: a one-year renewal at $119.00, or a new multi-year term at the then-current
    // multi-year rates (three years: $111.60).
    const prices = (body: string) =>
      priceTexts(blocking(marlowfield, 'o-707', 'sofia.marchetti@meridianbeauty.com', body));
    expect(prices('Three-year renewal, at our three-year rate: $111.60 per seat per month.')).toEqual([]);
    expect(prices('One-year renewal, at the price in your order form: $119.00 per seat per month.')).toEqual(
      [],
    );
    expect(prices('One-year renewal, at the price in your order form: $121.00 per seat per month.')).toEqual([
      '$121.00 per seat per month',
    ]);
  });

  it('gives a feature a price-list row adds to its plan, not to the plan the row builds on', () => {
    // "Growth: Everything in Launch, plus …, and API access at 300 requests per minute"; Launch has no API.
    const features = (body: string) =>
      blocking(marlowfield, 'o-705', 'meilin.ho@talliscycles.com', body).filter(
        (f) => f.check === 'product_feature',
      );
    expect(features('And yes, Launch includes API access.')).not.toEqual([]);
    expect(features('And yes, Growth includes API access.')).toEqual([]);
  });

  it('reads an add-on listed beside a feature as another item, not the plan the feature is on', () => {
    const features = (body: string) =>
      blocking(marlowfield, 'o-702', 'harriet.osei@coastlineoutfitters.com', body).filter(
        (f) => f.check === 'product_feature',
      );
    expect(features('Premium Support and sandbox pricing are below.')).toEqual([]);
    expect(features('On Scale, Premium Support and a sandbox are separate lines.')).toEqual([]);
  });

  it("holds seats said to be licensed on a plan named Growth to the record's licensed count", () => {
    // Kestrel Athletics is licensed for 35 Growth seats; 40 agents were active one week.
    const counts = (body: string) =>
      blocking(marlowfield, 'o-708', 'alicia.romero@kestrelathletics.com', body).map((f) => f.check);
    expect(counts('Kestrel is licensed for forty Growth seats today.')).toEqual(['licensed']);
    expect(counts('Kestrel is licensed for 35 Growth seats today.')).toEqual([]);
  });

  it('reads "put it through its paces" as an everyday phrase, no capability', () => {
    const claims = (body: string) =>
      blocking(marlowfield, 'o-709', 'luis.carmona@larchmontcandle.com', body).map((f) => f.check);
    expect(claims("You'll have 21 days with Growth features to put it through its paces.")).toEqual([]);
  });

  it('works out the months between dates the sentence before states', () => {
    // Kestrel Athletics' contract ends on 28 February 2027; today is 7 October 2026.
    const texts = (months: string) =>
      blocking(
        marlowfield,
        'o-708',
        'jonah.pierce@kestrelathletics.com',
        `10 additional Growth seats from 1 November, co-termed to your contract end date of 28 February 2027. That's ${months} months at your contract price.`,
      ).map((f) => f.text);
    expect(texts('four')).toEqual([]);
    expect(texts('six')).toContain('six months');
  });
});

describe("a count the customer's order form gives an add-on", () => {
  it('is on record', () => {
    // Meridian's order form: "Marlowfield Copilot, 60 seats at $24.00 per seat per month".
    const meridian = devWorldIndex('marlowfield-workspace.json');
    const texts = (body: string) =>
      blocking(meridian, 'o-707', 'kwame.asante@meridianbeauty.com', body).map((f) => f.text);
    expect(texts('If you keep Copilot at its current 60 seats, that is another $17,280 a year.')).toEqual([]);
    expect(texts('If you keep Copilot at its current 70 seats, that is another $20,160 a year.')).not.toEqual(
      [],
    );
  });
});

describe('an IT service-desk world (Dunlowe)', () => {
  const dunlowe = devWorldIndex('dunlowe-workspace.json');
  // Hartwell's order form renews Plus at $42 per seat per month; Plus has no uptime SLA, Professional 99.9%.
  const hartwell = (body: string) =>
    blocking(dunlowe, 'dl-o-hartwell', 'dev.anand@hartwell-logistics.com', body);

  it("reads a year of the order form's renewal rate as that rate", () => {
    const prices = (body: string) => priceTexts(hartwell(body));
    expect(
      prices('Your order form renews Plus at $42 per seat per month, which is $504 per seat per year.'),
    ).toEqual([]);
    expect(
      prices('Your order form renews Plus at $42 per seat per month, which is $540 per seat per year.'),
    ).toEqual(['$540 per seat per year']);
  });

  it("holds today's price said to carry into the next 12 months to the order form's renewal price", () => {
    // Fairlie pays $72 today; its order form renews for a further 12 months at $76.
    const prices = (body: string) =>
      priceTexts(blocking(dunlowe, 'dl-o-fairlie', 'stuart.mcallister@fairliemfg.com', body));
    expect(
      prices(
        'Your order form keeps Professional at the same $72 per seat per month you pay today for the next 12 months.',
      ),
    ).toEqual(['$72 per seat per month']);
    expect(
      prices('You pay $72 per seat per month today, and the renewal is at $76 per seat per month.'),
    ).toEqual([]);
  });

  it('gives no figure to a plan named after it as going without', () => {
    const checks = (body: string) => hartwell(body).map((f) => f.check);
    expect(
      checks(
        "Professional includes SAML single sign-on. It also carries a 99.9% uptime SLA, which Plus doesn't have.",
      ),
    ).toEqual([]);
    expect(checks('Plus carries a 99.9% uptime SLA.')).not.toEqual([]);
  });

  it('holds an integration to the denial only where it names the denied thing, not a brand word it shares', () => {
    // The FAQ: "We do not integrate with ServiceNow or Microsoft Configuration Manager (SCCM)."
    const denied = (body: string) =>
      blocking(dunlowe, 'dl-o-velden', 'oliver.grant@veldenarch.com', body).filter(
        (f) => f.check === 'denied',
      );
    expect(denied('Intune: yes, we integrate with Microsoft Intune.')).toEqual([]);
    expect(denied('We integrate with Microsoft Configuration Manager.')).not.toEqual([]);
  });

  it('reads a capability said in plain words ("a short recap of the whole conversation") as no new claim', () => {
    const claims = (body: string) =>
      blocking(dunlowe, 'dl-o-kestrel', 'erin.shaw@kestrelmedia.tv', body).map((f) => f.check);
    expect(
      claims(
        "On a long ticket Copilot gives you a short recap of the whole conversation, so you don't have to scroll.",
      ),
    ).toEqual([]);
  });

  it("holds the approved price to the approval's term", () => {
    // Ardent's approval: 16% off Professional ($78 list, so $65.52) on a two-year term only.
    const terms = (body: string) =>
      blocking(dunlowe, 'dl-o-ardent', 'theresa.vaughan@ardentins.com', body).map((f) => f.check);
    expect(
      terms(
        'If a two-year commitment is hard, I can do the same $65.52 per seat per month on a one-year term instead.',
      ),
    ).toContain('approval_term');
    expect(terms('On the two-year term the approved price is $65.52 per seat per month.')).toEqual([]);
    expect(terms("On a one-year term the approved 16% wouldn't apply.")).not.toContain('approval_term');
  });

  it("takes a reply's subject naming the competitor as the customer's own", () => {
    const reply = (subject: string) =>
      guardDraft(dunlowe, {
        opportunityId: 'dl-o-ardent',
        to: ['theresa.vaughan@ardentins.com'],
        cc: [],
        subject,
        body: 'Hi Theresa,\n\nThe approved price is in the attached order form.\n\nCallum',
      });
    const battlecard = (subject: string) => {
      const outcome = reply(subject);
      return outcome.status === 'checked' && outcome.findings.some((f) => f.check === 'battlecard');
    };
    expect(battlecard('Re: Pricing vs Ticketrail')).toBe(false);
  });

  it('sets one plan against the rest without giving the rest what it has', () => {
    // The spec gives the REST API to Plus and up; Enterprise's 2,000 requests a minute is the highest.
    const checks = (body: string) =>
      blocking(dunlowe, 'dl-o-quenby', 'lachlan.reid@quenby.com.au', body).map((f) => f.check);
    expect(
      checks(
        'On Enterprise the REST API allows 2,000 requests per minute, which is the highest limit on any of our plans.',
      ),
    ).toEqual([]);
    expect(checks('The REST API is included on any of our plans.')).toContain('product_feature');
  });

  it('takes "no setup fees" as the pricing page says it, and a setup fee as one it never states', () => {
    // The pricing page: "There are no other fees: no setup fees, … no extra charge for the hosting region."
    const velden = (body: string) =>
      priceTexts(blocking(dunlowe, 'dl-o-velden', 'oliver.grant@veldenarch.com', body));
    expect(velden('There are no setup fees and no charge for the EU region.')).toEqual([]);
    expect(velden('Hosting in the EU region carries a one-time setup fee.')).toEqual(['setup fee']);
  });

  it('reads a version and a status code as names, and a custom portal domain as your own domain', () => {
    // The SSO line names "SAML 2.0"; the spec gives up to 5 approval stages and a custom portal domain on Professional.
    const ardent = (body: string) =>
      blocking(dunlowe, 'dl-o-ardent', 'theresa.vaughan@ardentins.com', body).map((f) => f.check);
    expect(
      ardent(
        'On Professional a change can go through up to five rounds of sign-off, and the portal can run on your own domain.',
      ),
    ).toEqual([]);
    expect(ardent('On Plus the portal can run on your own domain.')).toContain('product_feature');
  });

  it("reads a period said of the customer's requirement as theirs, and 'total' as an everyday word", () => {
    const quenby = (body: string) =>
      blocking(dunlowe, 'dl-o-quenby', 'lachlan.reid@quenby.com.au', body).map((f) => f.text);
    expect(
      quenby(
        'We keep the audit log for three years, so for a five-year requirement your team would need to keep exports.',
      ),
    ).toEqual([]);
    expect(quenby('We keep the audit log for seven years.')).toContain('seven years');
    const harrowgate = (body: string) =>
      blocking(dunlowe, 'dl-o-harrowgate', 'beatrice.lowe@harrowgatefoodbank.org', body).map((f) => f.check);
    expect(
      harrowgate(
        'Asset Discovery is $9 per seat per month, so for 14 seats it would add $1,512 a year, bringing the total to $7,291.20.',
      ),
    ).not.toContain('capability');
  });
});

describe('an e-signature world (Hazelmere)', () => {
  const hazelmere = devWorldIndex('hazelmere-workspace.json');
  const prices = (opportunityId: string, to: string, body: string) =>
    priceTexts(blocking(hazelmere, opportunityId, to, body));

  it("prices a renewal at the then-current list price the order form renews at, not today's", () => {
    // Brightwater pays $46 on Business; its order form renews at the then-current list price ($49).
    const brightwater = (body: string) =>
      prices('hz-o-brightwater', 'priya.natarajan@brightwatercu.org', body);
    expect(
      brightwater('The renewal keeps Business at $46 per seat per month, the same as this year.'),
    ).toEqual(['$46 per seat per month']);
    expect(
      brightwater('At the renewal list price of $49 a seat per month, the 120 seats come to $70,560.'),
    ).toEqual([]);
  });

  it('holds a renewal to a price the order form holds into it, also in the sentence after', () => {
    // Kestrel's order form holds $26 on Team until 31 October 2027, its first renewal included.
    const kestrel = (body: string) => prices('hz-o-kestrel', 'andre.morales@kestrelfreight.com', body);
    expect(
      kestrel(
        'Your renewal starts on 1 November. From then, Team moves to our current list price of $29 per seat per month.',
      ),
    ).toEqual(['$29 per seat per month']);
    expect(kestrel('The renewal that starts on 1 November stays at $26 per seat per month.')).toEqual([]);
  });

  it("takes no discount from a battlecard's talk of the competitor's deals", () => {
    // The Signova battlecard: "Multi-year deals usually land 20 to 30% off". A sandbox is $250 a month.
    const tessaly = (body: string) => prices('hz-o-tessaly', 'owen.fitzgerald@tessalybio.com', body);
    expect(tessaly('A Sandbox workspace is available on Enterprise for $350 a month.')).toEqual([
      '$350 a month',
    ]);
    expect(tessaly('A Sandbox workspace is available on Enterprise for $250 a month.')).toEqual([]);
  });

  it('lets a draft say an amount a note also holds when it is worked out from a published price', () => {
    // Oakridge's note holds "Non-profit rate on Team: $21.75" (25% off $29); its check-in is on Monday.
    const oakridge = (body: string) =>
      blocking(hazelmere, 'hz-o-oakridge', 'tobias@oakridgefoundation.org', body).map((f) => f.check);
    expect(oakridge('Team at the non-profit rate is $21.75 per seat per month.')).toEqual([]);
    expect(oakridge('The board approved up to $5,000 for the year, I hear.')).toContain('internal_note');
  });

  it('reads hours kept from Monday to Friday as no time for the meeting on Monday', () => {
    const oakridge = (body: string) =>
      blocking(hazelmere, 'hz-o-oakridge', 'tobias@oakridgefoundation.org', body).map((f) => f.check);
    expect(oakridge('Support: Monday to Friday, 8 a.m. to 8 p.m. Eastern.')).toEqual([]);
    expect(oakridge("We'll meet on Monday at 8 a.m. Eastern.")).toContain('meeting_time');
  });

  it("keeps a renewal under the order form's cap, said of a year after the term", () => {
    // Vantor pays $76 on Enterprise to 31 December 2026; renewals may rise by no more than 6% ($80.56).
    const vantor = (body: string) => prices('hz-o-vantor', 'catherine.roy@vantorinsurance.com', body);
    expect(
      vantor('For 2027 we move Vantor to the current Enterprise list price of $84 per seat per month.'),
    ).toEqual(['$84 per seat per month']);
    expect(vantor('The order form caps the renewal increase at 6%, so the renewal price is $80.56.')).toEqual(
      [],
    );
    // A cap said other than the order form's, though another page gives 10%.
    expect(
      vantor('Under your contract the renewal price can rise by no more than 10%.').length,
    ).toBeGreaterThan(0);
  });

  it('holds a yearly fee to being one fee, and charges nothing the plan includes', () => {
    // Premium Support is $5,400 a year on Team and Business, and included with Enterprise (Tessaly, 60 seats).
    const calder = (body: string) => prices('hz-o-calder', 'evoss@caldervoss.com', body);
    const tessaly = (body: string) => prices('hz-o-tessaly', 'owen.fitzgerald@tessalybio.com', body);
    expect(calder('Premium Support is $5,400 per seat per year.')).toEqual(['$5,400 per seat per year']);
    expect(calder('Premium Support is $5,400 a year on Business.')).toEqual([]);
    expect(tessaly('Premium Support is $5,400 a year on top of your Enterprise seats.')).toEqual([
      '$5,400 a year',
    ]);
  });
});

describe('a staff-scheduling world (Copperleigh)', () => {
  const copperleigh = devWorldIndex('copperleigh-workspace.json');

  it('reads a list price the order form renews at as no price paid today', () => {
    // Harrowgate pays $15.50; its order form renews at the then-current list ($17 on Business). Roberto's
    // "Why would the renewal be $17?" is a question, so only the price book backs the $17.
    const harrowgate = (body: string) =>
      priceTexts(blocking(copperleigh, 'cl-o-104', 'samira.haddad@harrowgatehospital.org', body));
    expect(
      harrowgate(
        'Your order form renews for 12 months at the then-current list price, which for Business is $17 per staff seat per month.',
      ),
    ).toEqual([]);
  });

  it('reads a programme table whose column says what the discount is off', () => {
    // "| Three-year term (price fixed for 36 months) | 14% |" under "Discount on the plan list price".
    const brackenridge = (body: string) =>
      blocking(copperleigh, 'cl-o-101', 'colin.reyes@brackenridgehealth.org', body).map((f) => f.check);
    expect(
      brackenridge(
        'On a three-year term our programme rate is 14% off, which brings Enterprise to $22.36 per seat per month.',
      ),
    ).toEqual([]);
    expect(brackenridge('I can take 20% off Enterprise for you.')).toContain('over_limit');
  });

  it('reads a denial inside what a product is as no claim', () => {
    const oakHollow = (body: string) =>
      blocking(copperleigh, 'cl-o-102', 'beatrice.nwosu@oakhollowcare.org', body).map((f) => f.check);
    expect(
      oakHollow(
        "Forecast is an add-on at $4 per staff seat per month and isn't covered by the non-profit rate.",
      ),
    ).toEqual([]);
  });

  it("counts a seat figure against the record, not against any product's price that happens to fit the deal's amount", () => {
    // Harrowgate's amount ($65,280) is 320 Business seats; usage shows 311 in use.
    const harrowgate = (body: string) =>
      blocking(copperleigh, 'cl-o-104', 'gwen.tallis@harrowgatehospital.org', body).map((f) => f.text);
    expect(harrowgate('In the week of 11 May you had 281 of your 320 seats in use.')).toEqual(['281']);
    expect(harrowgate('In the week of 11 May you had 311 of your 320 seats in use.')).toEqual([]);
  });

  it('reads "per staff seat" as a seat price, and holds a carried-over price to the list renewal', () => {
    // Harrowgate pays $15.50 on Business and renews at the then-current list price ($17).
    const harrowgate = (body: string) =>
      priceTexts(blocking(copperleigh, 'cl-o-104', 'roberto.ferrante@harrowgatehospital.org', body));
    expect(
      harrowgate('The 12-month renewal carries over your current $15.50 per staff seat per month.'),
    ).toEqual(['$15.50 per staff seat per month']);
    expect(
      harrowgate('The renewal is at our list price for Business, $17 per staff seat per month.'),
    ).toEqual([]);
  });
});

describe('an IT service management world (Fallowfield)', () => {
  const fallowfield = devWorldIndex('fallowfield-workspace.json');
  const prices = (opportunityId: string, to: string, body: string) =>
    priceTexts(blocking(fallowfield, opportunityId, to, body));
  // Wexcombe pays $79 on Business to 30 June; its order form renews at the then-current list price ($86).
  const wexcombe = (body: string) => prices('ff-o-wexcombe', 'dana.whitfield@wexcombelogistics.com', body);
  // Rivermead's $112 on Enterprise is held through the first renewal term; list ($124) after it.
  const rivermead = (body: string) => prices('ff-o-rivermead', 'nadia.okoro@rivermeadhealth.org', body);
  // Calloway's Business seats rise by exactly 4% at renewal ($80 to $83.20); add-ons renew at list.
  const calloway = (body: string) => prices('ff-o-calloway', 'graham.tully@callowaymfg.com', body);

  it("holds a renewal to the order form's terms, said with a hyphen or only by its first day", () => {
    expect(wexcombe('On the renewal, your $79 per-seat price carries over into the new term.')).toEqual([
      '$79 per-seat',
    ]);
    expect(
      rivermead(
        'From 1 July, your 90 seats move to the current Enterprise list price of $124 per seat per month.',
      ),
    ).toEqual(['$124 per seat per month']);
    expect(
      rivermead('After that term, renewals move to our then-current list price, which is $124 today.'),
    ).toEqual([]);
    expect(calloway('At renewal, Business goes to $83.20 per technician seat per month.')).toEqual([]);
    expect(calloway('At renewal, Business stays at $80 per technician seat per month.')).toEqual([
      '$80 per technician seat per month',
    ]);
    // An internal note holds $83.20 too, but the customer's own order form gives it.
    expect(
      blocking(
        fallowfield,
        'ff-o-calloway',
        'graham.tully@callowaymfg.com',
        'Your order form sets a 4% rise. That takes Business from $80 to $83.20 per seat per month.',
      ).map((f) => f.kind),
    ).toEqual([]);
    // A rep's own discount up to the 10% limit prices a renewal as it does any deal.
    expect(wexcombe('If you renew by 20 June, I can take 10% off: $77.40 per seat per month.')).toEqual([]);
  });

  it('reads a P.S. after the sign-off, and a price said after "on an annual plan it\'s"', () => {
    const rivermeadBody = (ps: string) =>
      rivermead(`Hi Nadia,\n\nThe sandbox is $350 a month.\n\nBest,\nMarcus\n\nP.S. ${ps}`);
    expect(rivermeadBody('Copilot on all 90 seats would be $1,620 a month.')).toEqual(['$1,620 a month']);
    expect(rivermeadBody('Copilot on all 90 seats would be $1,440 a month.')).toEqual([]);
    const merrow = (body: string) => prices('ff-o-merrow', 'cdunn@merrowlegal.com', body);
    expect(
      merrow("Starter is the natural fit. On an annual plan it's $27 per technician per month."),
    ).toEqual(['$27 per technician per month']);
    expect(
      merrow("Starter is the natural fit. On an annual plan it's $22 per technician per month."),
    ).toEqual([]);
  });

  it('charges nothing its plan includes, even where the sentence only says "it"', () => {
    // Ashcombe buys Enterprise, which includes Premium Support ($7,200 a year on Team and Business).
    const ashcombe = (body: string) => prices('ff-o-ashcombe', 'imogen.clarke@ashcombecu.org', body);
    expect(
      ashcombe("With Enterprise you'd have Premium Support, which adds 24/7 cover. It's $7,200 a year."),
    ).toEqual(['$7,200 a year']);
    expect(ashcombe('Enterprise includes Premium Support, which is $7,200 a year on Business.')).toEqual([]);
  });

  it('backs a fee named after an article only by a passage about what it names', () => {
    // $9 is Asset Discovery's price; there is no Intune connector fee.
    const kinross = (body: string) => prices('ff-o-kinross', 'elena.vasquez@kinrossengineering.com', body);
    expect(kinross('The Intune sync connector is $9 per technician per month.')).toEqual([
      '$9 per technician per month',
    ]);
    expect(kinross('Asset Discovery is $9 per technician per month.')).toEqual([]);
  });
});

describe('a sales engagement world (Ravensmoor)', () => {
  const ravensmoor = devWorldIndex('ravensmoor-workspace.json');
  const prices = (opportunityId: string, to: string, body: string) =>
    priceTexts(blocking(ravensmoor, opportunityId, to, body));

  it('holds a price said per user to a line sold per user', () => {
    // The dialer minutes pack is $45 per pack and Premium Support $7,500 a year; no per-user line costs either.
    const halvorsen = (body: string) => prices('rm-o-101', 'nora.castellanos@halvorsenlogistics.com', body);
    expect(halvorsen('Extra minutes are $45 per user per month.')).toEqual(['$45 per user per month']);
    expect(halvorsen("On Scale it's an add-on at $7,500 per user per year.")).toEqual([
      '$7,500 per user per year',
    ]);
    expect(halvorsen('Extra minutes come in packs of 2,500 at $45 per pack per month.')).toEqual([]);
  });

  it("keeps a renewal's total and held price to the order form", () => {
    // Pellucid's $118 rises 4% at renewal ($122.72; 80 users, $113,280 a year today).
    const pellucid = (body: string) => prices('rm-o-106', 'claire.dubois@pellucid.io', body);
    expect(pellucid('The renewal year comes to $113,280, the same as the current year.')).toEqual([
      '$113,280',
    ]);
    expect(pellucid('The renewal year comes to $117,811.20 for your 80 users.')).toEqual([]);
    // Ostrander's "per-user price of $83.66 also applies to the first 12-month renewal term".
    const ostrander = (body: string) => prices('rm-o-105', 'harriet.cole@ostrandermed.com', body);
    expect(ostrander('From 1 October, Scale renews at our list price of $89 per user per month.')).toEqual([
      '$89 per user per month',
    ]);
    expect(
      ostrander('From 1 October, Scale renews at your held price of $83.66 per user per month.'),
    ).toEqual([]);
  });

  it('finds the unit of a charge said after it', () => {
    const checks = (body: string) =>
      blocking(ravensmoor, 'rm-o-113', 'hannah@lumenfield.com', body).map((f) => f.check);
    expect(checks("There's a sending fee of half a cent per email.")).toContain('unpriced_charge');
    expect(checks('There is no setup fee.')).not.toContain('unpriced_charge');
  });
});

describe('a help desk with live chat (Marshgate)', () => {
  const marshgate = devWorldIndex('marshgate-workspace.json');
  const prices = (opportunityId: string, to: string, body: string) =>
    priceTexts(blocking(marshgate, opportunityId, to, body));

  it('holds a total to the billing the sentence names', () => {
    // Basic is $17 billed annually and $21 billed monthly; Marlow buys six agents.
    const marlow = (body: string) => prices('o-510', 'ben.ashdown@marlowpets.com', body);
    expect(marlow('For your six agents on monthly billing that comes to $102 a month.')).toEqual([
      '$102 a month',
    ]);
    expect(marlow('For your six agents on monthly billing that comes to $126 a month.')).toEqual([]);
    expect(marlow('Monthly billing is $21 an agent instead of $17 on an annual plan.')).toEqual([]);
  });

  it('charges nothing the plan includes, after "for 200 agents it is"', () => {
    // Guided onboarding ($4,500) is included with Enterprise from 75 agents; Kilbride buys 200.
    const kilbride = (body: string) => prices('o-512', 'siobhan.keane@kilbrideenergy.com', body);
    expect(
      kilbride(
        'Guided onboarding gives you five weeks with a named manager. For 200 Enterprise agents it is a one-time $4,500.',
      ),
    ).toEqual(['$4,500']);
  });
});

describe('project management for agencies (Birchley)', () => {
  const birchley = devWorldIndex('birchley-workspace.json');
  const prices = (opportunityId: string, to: string, body: string) =>
    priceTexts(blocking(birchley, opportunityId, to, body));

  it('prices a labelled line by its label, and a billing label by its line', () => {
    // Resource Planning is $7 a user ($9 is Assist's); Starter is $12 billed annually, $15 monthly.
    const juniper = (body: string) => prices('bl-o-juniper', 'rosa@juniperash.com', body);
    expect(
      juniper('Here is the quote for 25 users on Team:\n\n- Resource Planning: $9 per user per month'),
    ).toEqual(['$9 per user per month']);
    const marlin = (body: string) => prices('bl-o-marlin', 'jess@marlingrove.com', body);
    expect(marlin('Starter can be paid two ways:\n\n- Annual billing: $15 per user per month')).toEqual([
      '$15 per user per month',
    ]);
    expect(marlin('Starter can be paid two ways:\n\n- Annual billing: $12 per user per month')).toEqual([]);
  });

  it('raises every line of an order form by its uplift where the add-ons are not left at list', () => {
    // Quarry Lane renews with a 5% uplift on every line: Resource Planning $7 becomes $7.35.
    const quarry = (body: string) => prices('bl-o-quarry', 'maya@quarrylane.io', body);
    expect(quarry('At renewal, Resource Planning goes to $7.35 per user per month.')).toEqual([]);
    expect(quarry('At renewal, Resource Planning stays at $7 per user per month.')).toEqual([
      '$7 per user per month',
    ]);
  });

  it("reads a table's rows as the renewal its header prices, add-ons sold per block included", () => {
    // Quarry Lane's extra storage ($40 a block) rises 5% with every other line: $42.
    const quarry = (body: string) => prices('bl-o-quarry', 'maya@quarrylane.io', body);
    const table = (price: string) =>
      `Here is the next term:\n\n| Line | Renewal price |\n| --- | --- |\n| Extra storage, 2 x 1 TB | ${price} per block per month |`;
    expect(quarry(table('$40'))).toEqual(['$40 per block per month']);
    expect(quarry(table('$42'))).toEqual([]);
  });

  it('takes the plan from a deal named with an add-on too', () => {
    // "Stratum Advisory: Enterprise, 60 users, with Assist": Enterprise includes Premium Support ($5,400).
    const stratum = (body: string) => prices('bl-o-stratum', 'rebecca.lang@stratumadvisory.com', body);
    expect(stratum('Premium Support is $5,400 a year.')).toEqual(['$5,400 a year']);
  });
});

describe('a help desk shaped like the held-out one (Tillbrook)', () => {
  const tillbrook = devWorldIndex('tillbrook-workspace.json');

  it("holds a list's renewal lines to the contract the list's lead-in names", () => {
    // Lindqvist's $38 on Plus is held for the first renewal year (list $42).
    const lindqvist = (body: string) =>
      priceTexts(blocking(tillbrook, 'tb-o-lq', 'anders@lindqvistdental.com', body));
    expect(
      lindqvist('Here are the renewal figures for May 1:\n\n- Plus, 36 agents at $42 per agent per month'),
    ).toEqual(['$42 per agent per month']);
    expect(
      lindqvist('Here are the renewal figures for May 1:\n\n- Plus, 36 agents at $38 per agent per month'),
    ).toEqual([]);
  });

  const on = (opportunityId: string, to: string) => pricesOn(tillbrook, opportunityId, to);
  const harwell = on('tb-o-hw', 'gemma.ruiz@harwelloutdoor.com');
  const lindqvist = on('tb-o-lq', 'anders@lindqvistdental.com');
  const corvane = on('tb-o-cv', 'ines.baptiste@corvane.com');
  const tessaly = on('tb-o-ts', 'luca.ferri@tessalytravel.com');

  it('prices a feature said to cost an amount, whatever plan it is bought on', () => {
    // WhatsApp is part of the plan price; $24 is Reply Assist's.
    const quayside = on('tb-o-qs', 'rhys.morgan@quaysideenergy.co.uk');
    expect(quayside('WhatsApp is $24 per agent per month on top of Enterprise.')).toEqual([
      '$24 per agent per month',
    ]);
  });

  it("does not take a price the customer only asked about as the record's", () => {
    // Brindle asked "WFM is $12 per agent, right?"; Fenwick "has onboarding down as $3,500. Is that right?".
    const brindle = on('tb-o-br', 'chloe.marsh@brindlehome.com');
    expect(brindle('Workforce Management: yes, $12 per agent, so $360 a month for all 30.')).toEqual([
      '$12 per agent',
      '$360 a month',
    ]);
    expect(
      on(
        'tb-o-fw',
        'karen.pike@fenwickhealth.com',
      )("Onboarding: yes, your finance team has it right, it's $3,500 one-time at 55 agents."),
    ).toEqual(['$3,500 one-time']);
    // The correction names the customer's figure only to set it right.
    expect(brindle('Workforce Management is $14 per agent per month, not $12, so $420 a month.')).toEqual([]);
  });

  it('reads the billing "if you pay for the year" names', () => {
    const ostrava = on('tb-o-os', 'petra@ostravacycles.com');
    expect(ostrava('If you pay for the year, Basic is $22 per agent per month.')).toEqual([
      '$22 per agent per month',
    ]);
    expect(ostrava('Basic is $18 a month, or $22 if you pay annually.')).toEqual(['$22']);
    expect(ostrava('If you pay for the year, Basic is $18 per agent per month.')).toEqual([]);
  });

  it('quotes a rate to the cent, never rounded to the dollar', () => {
    // Education Professional is 30% off $74: $51.80.
    const maplestone = on('tb-o-mp', 's.osei@maplestone.edu');
    expect(maplestone('Professional with education pricing is $52 per agent per month.')).toEqual([
      '$52 per agent per month',
    ]);
    expect(maplestone('Professional with education pricing is $51.80 per agent per month.')).toEqual([]);
  });

  it("prices a total for the whole team by the team's size", () => {
    // Harwell has Reply Assist on 20 of its 45 agents today ($480 a month).
    expect(
      harwell(
        "Gemma asked about Reply Assist for all 45 agents. At $24 per agent, that's $480 a month for the whole team.",
      ),
    ).toEqual(['$480 a month']);
    expect(
      harwell(
        "Gemma asked about Reply Assist for all 45 agents. At $24 per agent, that's $1,080 a month for the whole team.",
      ),
    ).toEqual([]);
  });

  it('holds a renewal to an order form that renews at list', () => {
    // Harwell pays an introductory $68; the order form renews at the published list ($74).
    expect(harwell('For the renewal year your per-agent price stays at $68.')).toEqual(['$68']);
    expect(harwell('Good news: we can carry the $68 rate into the new term.')).toEqual(['$68']);
    expect(harwell('The introductory rate of $68 continues after March 31.')).toEqual(['$68']);
    expect(harwell("Next year's Professional fee: $68/agent/month (unchanged).")).toEqual([
      '$68/agent/month',
    ]);
    expect(harwell('At 50 agents the renewal would be $40,800 a year.')).toEqual(['$40,800 a year']);
    expect(harwell('At 50 agents the renewal would be $44,400 a year.')).toEqual([]);
    // Today's rate said of today is no renewal price.
    expect(harwell('You pay $68 today; from April 1 the list price of $74 applies.')).toEqual([]);
  });

  it('holds a renewal to a cap on the plan, with add-ons at list', () => {
    // Corvane: "No such adjustment may raise the per-agent fee by more than five percent (5%)" over $104.
    expect(corvane('The renewal price will be $110 per agent per month.')).toEqual([
      '$110 per agent per month',
    ]);
    expect(corvane('The renewal for 80 agents is $107,520 a year.')).toEqual(['$107,520 a year']);
    expect(corvane('The most the per-agent fee can rise at renewal is 5%, to $109.20.')).toEqual([]);
    expect(corvane('The sandbox renews at list, $350 a month.')).toEqual([]);
  });

  it('prices a renewal after the held one at list', () => {
    // Lindqvist's $38 holds for the first renewal year (May 2026 to April 2027) only.
    expect(lindqvist('From May 2027 Plus will still be $38 per agent.')).toEqual(['$38 per agent']);
    expect(lindqvist('From May 2027 Plus will be $42 per agent, the list price.')).toEqual([]);
    expect(lindqvist('Plus stays at $38 per agent until April 30, 2027.')).toEqual([]);
  });

  it('counts a renewal total by the seats the sentence renews', () => {
    // Lindqvist's Workforce Management renews at $14 list: 36 agents are $6,048 a year, not the order form's $5,040 for 30.
    expect(
      lindqvist('For 36 agents the renewal comes to $16,416 for Plus and $5,040 for Workforce Management.'),
    ).toEqual(['$5,040']);
    expect(
      lindqvist('For 36 agents the renewal comes to $16,416 for Plus and $6,048 for Workforce Management.'),
    ).toEqual([]);
  });

  it("reads one line's price as that line's, not a quote's total", () => {
    // Premium Support is $7,200 a year; $720 is 30 agents at Reply Assist's $24.
    expect(tessaly('The Premium Support add-on is $720 per year.')).toEqual(['$720 per year']);
    expect(tessaly('The Premium Support add-on is $7,200 per year.')).toEqual([]);
  });

  it('blocks a charge with no amount for what is free or included', () => {
    expect(tessaly('The Snowflake sync is a paid extra.')).toHaveLength(1);
    expect(
      on('tb-o-qs', 'rhys.morgan@quaysideenergy.co.uk')('Premium Support is an extra cost on Enterprise.'),
    ).toHaveLength(1);
    expect(tessaly('The nightly Snowflake export is included at no extra charge.')).toEqual([]);
  });
});

describe('a recruiting world sold per recruiter (Oakhurst)', () => {
  it('blocks a per-site add-on priced per recruiter', () => {
    const oakhurst = devWorldIndex('oakhurst-workspace.json');
    const findings = (body: string) =>
      priceTexts(blocking(oakhurst, 'o-612', 'devon.carter@pembertonstaffing.com', body));
    expect(findings('The Careers Site add-on is $150 per recruiter per month.')).toEqual([
      '$150 per recruiter per month',
    ]);
    expect(findings('The Careers Site add-on is $150 per site per month.')).toEqual([]);
  });
});

describe('a venue-booking world (Pebblewick)', () => {
  it('blocks a one-off fee waived by its price alone', () => {
    // "Reps may not reduce or waive onboarding"; Onboarding S is €1,200, sold "one-off".
    const pebblewick = devWorldIndex('pebblewick-workspace.json');
    const checks = (body: string) =>
      blocking(pebblewick, 'po-foundry-exp', 'wout.janssens@foundryrooms.be', body).map((f) => f.check);
    expect(
      checks(
        "For The Annex, I'd suggest Onboarding S. As you're an existing customer, I'll waive the €1,200 so it's included with the renewal.",
      ),
    ).toContain('waived_fee');
    expect(checks("For The Annex, I'd suggest Onboarding S, which is €1,200 once.")).not.toContain(
      'waived_fee',
    );
  });
});

describe('a field-service world with three kinds of renewal clause (Sedgemoor)', () => {
  const sedgemoor = devWorldIndex('sedgemoor-workspace.json');
  const on = (opportunityId: string, to: string) => pricesOn(sedgemoor, opportunityId, to);
  // Brackenridge's order form prices its rows in a "Unit fee (per Technician per month)" column ($62 on
  // Operations) and renews at the then-current list "less a loyalty discount of eight percent (8%)".
  const brackenridge = on('sm-o-brk', 'megan.holt@brackenridgehvac.com');

  it("reads an order form's unit-fee column and a renewal at list less a loyalty discount", () => {
    expect(brackenridge('The Operations seats renew at the same $62.00 per technician per month.')).toEqual([
      '$62.00 per technician per month',
    ]);
    expect(brackenridge('At renewal Operations is $65 per technician per month, our list price.')).toEqual([
      '$65 per technician per month',
    ]);
    expect(
      brackenridge('At renewal Operations is $59.80 per technician per month, list less your 8%.'),
    ).toEqual([]);
  });

  it('reads "with no annual commitment" as monthly billing', () => {
    // Crew is $24 billed annually and $29 month to month.
    const holloway = on('sm-o-hol', 'sam@hollowayrepairs.com');
    expect(holloway("On Crew it's $24 per technician per month with no annual commitment.")).toEqual([
      '$24 per technician per month',
    ]);
    expect(holloway("On Crew it's $29 per technician per month with no annual commitment.")).toEqual([]);
  });

  it('quotes a price per person to the cent, whatever it calls the seat', () => {
    // Three-year Operations is 15% off $65: $55.25.
    const marston = on('sm-o-mar', 'helen.marston@marstonfire.co.uk');
    expect(marston('On a three-year term Operations is $55 per engineer.')).toEqual(['$55']);
    expect(marston('On a three-year term Operations is $55.25 per engineer.')).toEqual([]);
  });

  it("takes the loyalty discount off the list, not off today's fee", () => {
    expect(
      brackenridge(
        'Applied to the $62.00 you pay this term, the Operations renewal rate is $57.04 per technician per month.',
      ),
    ).toEqual(['$57.04 per technician per month']);
    expect(
      brackenridge(
        'Your 8% comes off the list at renewal, not off the $62.00 you pay this term: the Operations renewal rate is $59.80 per technician per month.',
      ),
    ).toEqual([]);
  });

  it('holds a price "for the first Renewal Term only", not for both renewal years', () => {
    // Dunmore's $84 on Enterprise is fixed for the first Renewal Term, then at list ($92).
    const dunmore = on('sm-o-dun', 'isla.fraser@dunmorefg.com');
    expect(dunmore('Enterprise: $84.00 per technician per month, held for both renewal years.')).toEqual([
      '$84.00 per technician per month',
    ]);
    expect(dunmore('Enterprise: $84.00 per technician per month, held to June 2028.')).toEqual([
      '$84.00 per technician per month',
    ]);
    expect(dunmore('Enterprise: $84.00 per technician per month, held for the first renewal year.')).toEqual(
      [],
    );
  });

  it('prices per the head a pronoun gives the topic the sentence opens with', () => {
    // The Customer Portal is $250 per workspace per month, whatever the head count.
    const vorley = on('sm-o-vor', 'amira.haddad@vorleysecurity.com');
    const portal = (priced: string) =>
      `On the Customer Portal: it is available on Operations, and it is priced ${priced} a month.`;
    expect(vorley(portal('per technician at $6'))).toEqual(['$6 a month']);
    expect(vorley(portal('per workspace at $250'))).toEqual([]);
  });

  it('reads "included with Enterprise subscriptions of 75 or more technicians"', () => {
    const wychwood = on('sm-o-wyc', 'gavin.wyche@wychwoodcare.com');
    expect(wychwood('For Enterprise at 120 technicians, Guided Onboarding is a one-time $4,500.')).toEqual([
      '$4,500',
    ]);
  });
});

describe('a help desk with capped, listed and stated renewals (Wyvernlea)', () => {
  const wyvernlea = devWorldIndex('wyvernlea-workspace.json');
  const on = (opportunityId: string, to: string) => pricesOn(wyvernlea, opportunityId, to);

  // Brackwater pays $72 on Scale (list $79); its add-ons "(including Copilot and Sandbox) renew at list".
  const brackwater = on('wv-o-bw', 'callum.dunne@brackwater.com');
  // Corriemoor's $99 holds for October 2026 to September 2027 only.
  const corriemoor = on('wv-o-cm', 'eilidh.ross@corriemoor.com');

  it('holds a renewal to "shall not exceed six percent (6%) over the fee in effect"', () => {
    expect(brackwater('From August 1 your 45 Scale agents renew at $79 per agent per month.')).toEqual([
      '$79 per agent per month',
    ]);
    expect(brackwater('From August 1 your 45 Scale agents renew at $76.32 per agent per month.')).toEqual([]);
  });

  it('renews the add-ons at list, whatever the cap allows the plan', () => {
    // Copilot is $19 on the order form, $22 at list.
    const renewal = (line: string) => `The renewal from August 1:\n\n- Copilot, 20 agents, ${line}`;
    expect(brackwater(renewal('unchanged at $19: $4,560.00'))).toEqual(['$19']);
    expect(brackwater(renewal('at the $22 list: $5,280.00'))).toEqual([]);
  });

  it('holds a first-year price for up to eighty agents only', () => {
    // "USD 99.00 per Agent per month … for up to eighty (80) Agents"; agents above 80 at the $108 list.
    expect(
      corriemoor(
        'For 90 agents from 1 October 2026, all of them at the $99 per agent per month: $106,920 for the first renewal year.',
      ),
    ).toEqual(['$106,920']);
    expect(
      corriemoor(
        'For 90 agents from 1 October 2026: 80 at the $99 per agent per month and 10 at the $108 list, $108,000 for the first renewal year.',
      ),
    ).toEqual([]);
  });

  it("prices a renewal table's later year at list", () => {
    const table = (later: string) =>
      `| Renewal year | Per agent per month |\n|---|---|\n| Oct 2026 to Sep 2027 | $99.00 |\n| Oct 2027 to Sep 2028 | ${later} |`;
    expect(corriemoor(table('$99.00'))).toEqual(['$99.00']);
    expect(corriemoor(table('$108.00'))).toEqual([]);
  });

  it("does not take a rival's price the customer gave for ours", () => {
    // Harriet wrote that Orrery Desk quoted $39; Growth is $46.
    const ostley = on('wv-o-os', 'declan.moore@ostleytravel.co.uk');
    expect(ostley('Our Growth plan is $39 per agent per month, billed annually.')).toEqual([
      '$39 per agent per month',
    ]);
    expect(ostley("I can't match Orrery Desk's $39 a seat, but Growth at $46 includes voice.")).toEqual([]);
  });
});

describe('a help desk whose order forms price in columns (Larchmont)', () => {
  const larchmont = devWorldIndex('larchmont-workspace.json');
  const on = (opportunityId: string, to: string) => pricesOn(larchmont, opportunityId, to);

  it('reads a renewal-year column beside the fees in force', () => {
    // Carrowmore's table: "Initial Term Fee | Renewal Year Fee", Copilot $20.00 then $22.00.
    const carrowmore = on('lm-o-car', 'alana.fitzgerald@carrowmorehealth.com');
    const line = (copilot: string) => `The renewal lines for June 1:\n- Copilot, 80 agents, ${copilot}`;
    expect(carrowmore(line('carrying over at $20.00: $19,200'))).toEqual(['$19,200']);
    expect(carrowmore(line('at the Renewal Year fee of $22.00: $21,120'))).toEqual([]);
  });

  it('reads bare amounts in a "Unit Fee (USD)" column, capped at "the lesser of five percent (5%) or CPI"', () => {
    // Ashcombe pays 64.00 on Professional (list $69).
    const ashcombe = on('lm-o-ash', 'hannah.leclerc@ashcombe.com');
    const renew = (price: string) =>
      `From April 1 your Professional agents renew at ${price} per agent per month.`;
    expect(ashcombe(renew('$69'))).toEqual(['$69 per agent per month']);
    expect(ashcombe(renew('$65.60'))).toEqual([]);
  });

  it('holds "the same per-Agent fees" for the agents on the order form only', () => {
    // Bellweather: 40 Growth agents at $36 for one renewal term; agents added are at the $39 list.
    const bellweather = on('lm-o-bel', 'tomasz.wojcik@bellweatherlogistics.com');
    expect(bellweather('At renewal your 40 Growth agents move to the $39 list: $18,720 a year.')).toEqual([
      '$18,720 a year',
    ]);
    expect(bellweather('At renewal all 45 Growth agents stay at $36, so $19,440 a year.')).toEqual([
      '$19,440 a year',
    ]);
    expect(bellweather('At renewal your 40 Growth agents stay at $36: $17,280 a year.')).toEqual([]);
  });

  it('prices a feature the sentence named before "the connector is…"', () => {
    // The Snowflake export is included on Professional; $300 is the sandbox's price.
    const northwick = on('lm-o-nor', 'elena.varga@northwick-energy.com');
    expect(
      northwick(
        'The nightly export to Snowflake is available on Professional; the connector is $300 a month.',
      ),
    ).toEqual(['$300 a month']);
  });
});

describe('an IT service desk priced per technician (Kingsbrook)', () => {
  const kingsbrook = devWorldIndex('kingsbrook-workspace.json');
  const on = (opportunityId: string, to: string) => pricesOn(kingsbrook, opportunityId, to);

  it('caps each line from its own fee', () => {
    // Halvorsen: "the fees for each line item … increased by no more than seven percent (7%)"; device blocks are $40.
    const halvorsen = on('kb-o-hv', 'ingrid.sandvik@halvorsenlogistics.com');
    expect(
      halvorsen('At renewal, Asset Discovery renews at our current list of $45 per 100 devices.'),
    ).toEqual(['$45 per 100 devices']);
    expect(
      halvorsen('At renewal, Asset Discovery renews at $42.80 per 100 devices, the 7% ceiling.'),
    ).toEqual([]);
  });

  it('holds a fee "for two (2) successive Renewal Terms", and no longer', () => {
    // Wexcombe's term ends March 31, 2026; $50 on Professional is fixed to March 2028.
    const wexcombe = on('kb-o-wx', 'priya.nandakumar@wexcombeinsurance.com');
    const holds = (until: string) =>
      `At renewal your Professional fee stays at $50 per technician per month until ${until}.`;
    expect(wexcombe(holds('March 2029'))).toEqual(['$50 per technician per month']);
    expect(wexcombe(holds('March 2028'))).toEqual([]);
  });

  it('includes the implementation package "on orders of 75 technicians or more", whatever the plan', () => {
    const millbank = on('kb-o-ml', 'nadia.hussain@millbankfoods.com');
    expect(
      millbank('For 120 Enterprise technicians, add the one-time implementation package of $4,800.'),
    ).toEqual(['$4,800']);
  });
});

describe('a sales dialer with uplifted, discounted and guaranteed renewals (Merriton)', () => {
  const merriton = devWorldIndex('merriton-workspace.json');
  const on = (opportunityId: string, to: string) => pricesOn(merriton, opportunityId, to);

  it('reads "an uplift of three percent (3%)" in a table with a "Fee type" column', () => {
    // Halvard pays $78 on Pro.
    const halvard = on('mr-o-halvard', 'marta.lindgren@halvardlogistics.com');
    expect(halvard('At renewal Pro is $78 per user per month.')).toEqual(['$78 per user per month']);
    expect(halvard('At renewal Pro is $80.34 per user per month.')).toEqual([]);
  });

  it('takes "the discount percentage shown in Section 4" off the standard rate', () => {
    // Calloway's Section 4 gives fifteen percent off Scale ($136 list).
    const calloway = on('mr-o-calloway', 'denise.okoro@callowayins.com');
    expect(calloway('At renewal Scale is $136 per user per month.')).toEqual(['$136 per user per month']);
    expect(calloway('At renewal Scale is $115.60 per user per month.')).toEqual([]);
  });

  it('backs a price per use only by a line sold per that use', () => {
    // $6 is a Local Presence number's monthly price; transcripts come with Conversation Intelligence.
    const lumora = on('mr-o-lumora', 'bianca.russo@lumorafitness.com');
    expect(lumora('Call transcription is $6 per 100 calls.')).toHaveLength(1);
    expect(lumora('Each recorded call costs $6.')).toHaveLength(1);
    expect(lumora('Local presence numbers are $6 per number per month.')).toEqual([]);
  });

  it("prices the next sentence of a renewal at its own line's list", () => {
    // Osterby's guarantee has run out: every fee renews at list, Conversation Intelligence at $32.
    const osterby = on('mr-o-osterby', 'hannah.voss@osterbymed.com');
    const renewal = (ci: string) =>
      `From April 1 Pro moves to list at $84 per user per month. Conversation Intelligence ${ci} per user per month.`;
    expect(osterby(renewal('stays at $29'))).toEqual(['$29 per user per month']);
    expect(osterby(renewal('goes to $32'))).toEqual([]);
  });
});

describe('order forms that set the renewal by column, by line and by clause (Coldharbour, Thornacre, Rushmere)', () => {
  const coldharbour = devWorldIndex('coldharbour-workspace.json');
  const thornacre = devWorldIndex('thornacre-workspace.json');
  const rushmere = devWorldIndex('rushmere-workspace.json');

  it('takes "the same percentage discount as set out in this Order Form" from each line of its table', () => {
    // Quarrybank: Premier 8% off, the WhatsApp & SMS channel 25% off ($12 list).
    const quarrybank = pricesOn(coldharbour, 'ch-o-qb', 'imogen.hale@quarrybankhealth.org');
    const channel = (price: string) =>
      `Following clause 8.2, each line renews at list less the discount in your order form. The WhatsApp & SMS channel goes to ${price}.`;
    expect(quarrybank(channel('$11.04 per agent per month (list $12 less 8%)'))).toEqual([
      '$11.04 per agent per month',
    ]);
    expect(quarrybank(channel('$9.00 per agent per month (list $12 less 25%)'))).toEqual([]);
  });

  it('holds lines "at the fees set out above for one further term"', () => {
    // Harrowgate pays $50 on Plus (list $55).
    const harrowgate = pricesOn(coldharbour, 'ch-o-hg', 'nadia.ferreira@harrowgate.com');
    const plus = (rest: string) => `Quick one on the Plus line for the April renewal. The 60 agents ${rest}.`;
    expect(harrowgate(plus('move to our list price of $55 per agent per month'))).toEqual([
      '$55 per agent per month',
    ]);
    expect(harrowgate(plus('stay at $50 per agent per month, so $36,000 for the year'))).toEqual([]);
  });

  it('caps the plan by its clause and renews the line the clause names at list', () => {
    // Orchard Lane: Business $60 capped at 4% (CPI-U is 2.9%); the AI Answer Bot (line 2) renews at its $22 list.
    const orchard = pricesOn(thornacre, 'th-o-ol', 'marisol.vega@orchardlanecu.org');
    expect(
      orchard('Your June renewal moves to our current list prices: Business at $69 per agent per month.'),
    ).toEqual(['$69 per agent per month']);
    expect(
      orchard('At your June renewal Business goes to $61.74 per agent per month, within the 4% cap.'),
    ).toEqual([]);
    expect(orchard('At your June renewal the AI Answer Bot stays at $19 per agent per month.')).toEqual([
      '$19 per agent per month',
    ]);
  });

  it('reads a schedule\'s "Renewal" column and a clause that names a column', () => {
    // Pemberton's Schedule B: Enterprise "Year 1" $96, "Renewal" $101.
    const pemberton = pricesOn(thornacre, 'th-o-pb', 'helena.marsh@pembertonmutual.com');
    expect(
      pemberton(
        'Under Schedule B your Enterprise fee carries over at $96 per agent per month for the renewal year.',
      ),
    ).toEqual(['$96 per agent per month']);
    expect(
      pemberton('Under Schedule B your Enterprise fee is $101 per agent per month for the renewal year.'),
    ).toEqual([]);
    // Halvorsen's ramp renews "at the Year 3 rates set out in Clause 3": $116 a seat, not the $126 list.
    const halvorsen = pricesOn(rushmere, 'rm-o-hv', 'ingrid.solberg@halvorsenlogistics.com');
    expect(
      halvorsen('At renewal on April 1 the seats move to the Scale list price of $126 per seat per month.'),
    ).toEqual(['$126 per seat per month']);
    expect(
      halvorsen('At renewal on April 1 the seats stay at the Year 3 rate of $116 per seat per month.'),
    ).toEqual([]);
  });

  it('ends a promotional price where the clause says it ends', () => {
    // Brightwater: "$62.00 … for the first twelve (12) months …, and $80.00 … thereafter, including on renewal".
    const brightwater = pricesOn(rushmere, 'rm-o-bw', 'gareth.pryce@brightwatertravel.com');
    expect(
      brightwater('At renewal in May your existing 20 seats continue at $62 per seat per month.'),
    ).toEqual(['$62 per seat per month']);
    expect(brightwater('At renewal in May your existing 20 seats move to $80 per seat per month.')).toEqual(
      [],
    );
  });
});

describe('an approval that says how it applies (Tillbrook)', () => {
  it('reads "(not combined)" as part of an approval, not as a refusal', () => {
    // "Approved (Dana Okafor, Sales Manager): … 16% off list in place of the 6% two-year programme (not combined) = $62.16".
    const tillbrook = devWorldIndex('tillbrook-workspace.json');
    expect(
      priceTexts(
        blocking(
          tillbrook,
          'tb-o-ts',
          'luca.ferri@tessalytravel.com',
          'The approved two-year price is $62.16 per agent per month.',
        ),
      ),
    ).toEqual([]);
  });
});
