import { describe, expect, it } from 'vitest';
import { devWorldIndex } from '../../../test/support/guard-dev-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';

// The flaw classes the held-out corpus's README lists, written as Lanternfly's (a help desk like
// Fernhill's) own sentences: each a flaw the guard let through until it was fixed, beside its true twin.

const lanternfly = devWorldIndex('lanternfly-workspace.json');
const recipients: Record<string, string> = {
  'lo-1': 'dana.whitfield@brightwateroutfitters.com',
  'lo-2': 'amara.obi@kelpiehealth.com',
  'lo-3': 'siobhan@orchardlane.org',
  'lo-4': 'k.vogel@ferrowind.de',
  'lo-5': 'leo@pocketmint.app',
  'lo-6': 'ingrid.solberg@northgalehotels.co.uk',
};

/** What a one-sentence draft on a Lanternfly deal is blocked for. */
function blockedFor(opportunityId: string, sentence: string): string[] {
  const outcome = guardDraft(lanternfly, {
    opportunityId,
    to: [recipients[opportunityId]!],
    cc: [],
    subject: 'Re: your questions',
    body: `Hi,\n\n${sentence}\n\nRosa`,
  });
  if (outcome.status !== 'checked') throw new Error(`unknown opportunity ${opportunityId}`);
  return outcome.findings.filter((f) => f.severity === 'block').map((f) => `${f.kind}: ${f.text}`);
}

describe('a contract end date written day first', () => {
  it('is held to the contract it names', () => {
    expect(blockedFor('lo-6', 'Your contract ends on 31/12/2026.')).toEqual(['claim: 31/12/2026']);
    expect(blockedFor('lo-6', 'Your contract runs to 30/11/2026.')).toEqual([]);
  });
});

describe("a count of the price book's own unit (agents)", () => {
  // Ferrowind has 80 agents licensed and in use.
  it('is a count however it is put, and a contract size must be the licensed one', () => {
    expect(blockedFor('lo-4', 'All 85 of your agents are active.')).toEqual(['claim: 85 of your agents']);
    expect(blockedFor('lo-4', 'Today you have 85 licensed agents.')).toEqual(['claim: 85 licensed agents']);
    // 100 agents is a number the documents give (a threshold), but not this contract's size.
    expect(blockedFor('lo-4', 'Your current contract covers 100 agents.')).toEqual(['claim: 100 agents']);
    expect(blockedFor('lo-4', 'All 80 of your agents are active.')).toEqual([]);
    // Kelpie is 120 agents.
    expect(
      blockedFor('lo-2', 'Pricing below is for one hundred and thirty agents, as you mentioned.'),
    ).toEqual(['claim: one hundred and thirty agents']);
    expect(
      blockedFor('lo-2', 'Pricing below is for one hundred and twenty agents, as you mentioned.'),
    ).toEqual([]);
  });
});

describe('a contract end given as the last day of a month', () => {
  it('must be the month the contract ends in', () => {
    expect(blockedFor('lo-4', 'The current term runs until the last day of October.')).toEqual([
      'claim: October',
    ]);
    expect(blockedFor('lo-4', 'The current term runs until the last day of September.')).toEqual([]);
  });
});

describe('a meeting day given as "the 23rd"', () => {
  it('must be the day of the meeting on record', () => {
    expect(blockedFor('lo-6', 'Looking forward to the renewal call on the 23rd.')).toEqual([
      'claim: the 23rd',
    ]);
    expect(blockedFor('lo-6', 'Looking forward to the renewal call on Tuesday the 22nd.')).toEqual([]);
  });
});

describe('a meeting date written without its year', () => {
  it('is not a day counted back a year from the next step', () => {
    // The renewal call is on 22 September; 23 September 2025 is a year and a day before it.
    expect(blockedFor('lo-6', 'See you on September 23 for the renewal call.')).toEqual([
      'claim: September 23',
    ]);
    expect(blockedFor('lo-6', 'See you on September 22 for the renewal call.')).toEqual([]);
  });
});

describe('a plan and an add-on priced as one rate', () => {
  it('is the plan rate plus the add-on rate where the sentence joins the two', () => {
    // Team $49 and the AI Reply Assistant $25 an agent.
    expect(blockedFor('lo-5', 'Team plus the AI Reply Assistant comes to $74 per agent per month.')).toEqual(
      [],
    );
    expect(blockedFor('lo-5', 'Team plus the AI Reply Assistant comes to $76 per agent per month.')).toEqual([
      'price: $76 per agent per month',
    ]);
  });
});

describe('identity providers', () => {
  // "SAML single sign-on (Okta, Microsoft Entra ID, Google Workspace) and SCIM provisioning (Okta,
  // Microsoft Entra ID) on Enterprise": one sentence, two lists.
  it('go with the protocol each list follows', () => {
    expect(blockedFor('lo-2', 'SCIM works with Google Workspace too.')).toEqual([
      'claim: SCIM works with Google Workspace too.',
    ]);
    expect(
      blockedFor(
        'lo-2',
        'SAML SSO works with Okta, Entra ID or Google Workspace, and SCIM provisioning with Okta or Entra ID.',
      ),
    ).toEqual([]);
  });

  it('go with what a protocol stands for', () => {
    expect(blockedFor('lo-2', 'User provisioning from Okta is automatic on Enterprise.')).toEqual([]);
  });
});

describe('a period the documents give two things in one passage', () => {
  // "You can export your data for 30 days after the end date. After that, data is deleted within 45 days."
  it('is held to the one the sentence names by its own word', () => {
    expect(blockedFor('lo-2', 'After the contract ends, data is deleted within 30 days.')).toEqual([
      'claim: 30 days',
    ]);
    expect(blockedFor('lo-2', 'After the contract ends, data is deleted within 45 days.')).toEqual([]);
    expect(blockedFor('lo-2', 'You can export your data for 30 days after the contract ends.')).toEqual([]);
  });
});

describe('a phone channel', () => {
  // "There is no built-in phone channel; the Aircall integration puts call logs on tickets."
  it('is a feature the documents must give, in whatever words', () => {
    expect(blockedFor('lo-1', 'Lanternfly gives you a local phone number for customers to call.')).toEqual([
      'claim: local phone number',
    ]);
    expect(blockedFor('lo-1', 'Your agents can take voice calls in Lanternfly.')).toEqual([
      'claim: voice calls',
    ]);
    expect(blockedFor('lo-1', 'With Aircall on Team, call logs land on the ticket.')).toEqual([]);
  });
});

describe('an add-on sold per thing', () => {
  // "Extra sandbox | $200 per sandbox per month".
  it('is not priced per head', () => {
    expect(blockedFor('lo-2', 'An extra sandbox is $200 per agent per month.')).toEqual([
      'price: $200 per agent per month',
    ]);
    expect(blockedFor('lo-2', 'An extra sandbox is $200 per sandbox per month.')).toEqual([]);
    // "Guided onboarding | $1,500 one-time": once per order.
    expect(blockedFor('lo-1', 'Guided onboarding costs $1,500 per agent.')).toEqual([
      'price: $1,500 per agent',
    ]);
    // And a line sold per agent is not one fee for the whole account.
    expect(blockedFor('lo-1', 'The AI Reply Assistant is $25 per account per month.')).toEqual([
      'price: $25 per account per month',
    ]);
  });
});

describe('what a customer pays today', () => {
  // Northgale's order form: Team at $49 per agent per month for 60 agents. $59 is Team's monthly-billing list price.
  it("is their order form's price, not another line of the price book", () => {
    expect(blockedFor('lo-6', 'You currently pay $59 per agent per month on Team.')).toEqual([
      'price: $59 per agent per month',
    ]);
    expect(blockedFor('lo-6', 'Your current contract is $42,480 a year.')).toEqual(['price: $42,480 a year']);
    expect(blockedFor('lo-6', 'You currently pay $49 per agent per month on Team.')).toEqual([]);
    expect(blockedFor('lo-6', 'Your current contract is $35,280 a year.')).toEqual([]);
  });
});

describe('a FAQ question the page answers "No"', () => {
  it('denies what it asks about instead of stating it', () => {
    // "**Do you have an on-premises version?** No. Lanternfly is cloud-only."
    expect(blockedFor('lo-1', 'Lanternfly can run on-premises if you prefer.')).toEqual([
      'claim: on-premises',
    ]);
    expect(blockedFor('lo-1', 'Lanternfly is cloud-only, so there is nothing to install.')).toEqual([]);
  });
});

describe('a fee named by what it is for', () => {
  it('is not backed by another line that costs the same', () => {
    // An extra sandbox is $200 a month and the AI Reply Assistant $25 an agent; neither is a fee for these.
    expect(
      blockedFor('lo-4', 'The Snowflake export has a sync fee of $200 per month on top of Enterprise.'),
    ).toEqual(['price: $200 per month']);
    expect(blockedFor('lo-1', 'Each WhatsApp conversation carries a $25 per-conversation fee.')).toEqual([
      'price: $25',
    ]);
    expect(blockedFor('lo-2', 'A second sandbox is a $200 monthly charge.')).toEqual([]);
  });

  it('is so when a feature is said to cost it', () => {
    // $49 is Team's price per agent; the Shopify integration comes with Team and costs nothing of its own.
    expect(blockedFor('lo-1', 'The Shopify integration is $49 a month.')).toEqual(['price: $49 a month']);
    expect(
      blockedFor('lo-1', 'The Shopify integration comes with Team, which is $49 per agent per month.'),
    ).toEqual([]);
  });

  it('is so when a named thing opens the sentence and is said to cost it', () => {
    // $25 and $50 are the assistant's and an extra help centre's prices, no fee of WhatsApp's.
    expect(blockedFor('lo-1', 'Each WhatsApp conversation costs $25.')).toEqual(['price: $25']);
    expect(blockedFor('lo-1', 'The WhatsApp channel is an extra $50 a month.')).toEqual([
      'price: $50 a month',
    ]);
    expect(blockedFor('lo-1', 'The AI Reply Assistant is $25 per agent per month.')).toEqual([]);
    // Or a label gives it the amount.
    expect(blockedFor('lo-2', 'Snowflake sync: $200/month.')).toEqual(['price: $200/month']);
    expect(blockedFor('lo-2', 'Extra sandbox: $200/month.')).toEqual([]);
  });

  it('is the one-time price of what the price book sells once under that name', () => {
    expect(blockedFor('lo-1', 'The onboarding fee is $1,500, once.')).toEqual([]);
    expect(blockedFor('lo-1', "There's no onboarding fee on Team.")).toEqual(['price: onboarding fee']);
  });
});

describe('a price given as the gap between two plans', () => {
  it('is the gap between their list prices, on the annual lines unless the sentence picks others', () => {
    expect(blockedFor('lo-1', 'Enterprise is $50 more per agent per month than Team.')).toEqual([]);
    expect(
      blockedFor('lo-1', 'The difference between Team and Enterprise is $50 per agent per month.'),
    ).toEqual([]);
    expect(blockedFor('lo-1', 'Monthly billing on Team is $10 more per agent than annual.')).toEqual([]);
    // $40 is Enterprise against Team's monthly-billing line, which the sentence does not speak of.
    expect(blockedFor('lo-1', 'Enterprise is $40 more per agent per month than Team.')).toEqual([
      'price: $40',
    ]);
    expect(blockedFor('lo-1', 'Team costs $25 a month more per agent than Starter.')).toEqual([
      'price: $25 a month',
    ]);
  });
});

describe("a plan's rate limit said with 'with'", () => {
  it('is our limit, not a count the customer has', () => {
    // Starter's API limit is 100 requests per minute; 400 is Team's.
    expect(blockedFor('lo-5', 'The REST API is included on Starter with 400 requests per minute.')).toEqual([
      'claim: 400',
    ]);
    expect(blockedFor('lo-5', 'The REST API is included on Starter with 100 requests per minute.')).toEqual(
      [],
    );
  });
});

describe('what comes with a plan beside a figure, or under a heading that names the plan', () => {
  it('stays with that plan', () => {
    // "Enterprise: 99.95% monthly uptime, with service credits if we miss it."
    expect(blockedFor('lo-1', 'If we miss 99.9% on Team, you get service credits.')).toEqual([
      'claim: If we miss 99.9% on Team, you get service credits.',
    ]);
    expect(blockedFor('lo-2', 'If we miss 99.95% on Enterprise, you get service credits.')).toEqual([]);
    // Under "## Premium support (included with Enterprise)": "… with quarterly business reviews".
    expect(blockedFor('lo-1', 'Team includes quarterly business reviews.')).toEqual([
      'claim: Team includes quarterly business reviews.',
    ]);
    expect(blockedFor('lo-2', 'Enterprise includes quarterly business reviews.')).toEqual([]);
    // "24/7 coverage for urgent tickets, with a phone line" is read with its heading's words and plan.
    expect(blockedFor('lo-1', 'Team includes phone support.')).toEqual([
      'claim: Team includes phone support.',
    ]);
    expect(blockedFor('lo-2', 'Enterprise includes phone support.')).toEqual([]);
  });
});

describe("the customer's seat count worked out from the thread", () => {
  it('adds or takes away a count or a change the thread gives, not any number in it', () => {
    // Northgale uses all 60 seats and "want 5 more agents"; "two years" and "30 min" are no seats.
    expect(blockedFor('lo-6', 'All 62 seats were in use last week.')).toEqual(['claim: 62 seats']);
    expect(blockedFor('lo-6', 'The renewal quote is for 65 seats.')).toEqual([]);
  });
});

describe('a length said with "a"', () => {
  it('is held to the documented length', () => {
    // The trial is 14 days; audit log entries are kept for 1 year.
    expect(blockedFor('lo-1', 'The free trial is a month long.')).toEqual(['claim: a month']);
    expect(blockedFor('lo-2', 'We keep audit log entries for a year and a half.')).toEqual([
      'claim: a year and a half',
    ]);
    expect(blockedFor('lo-2', 'We keep audit log entries for a year.')).toEqual([]);
  });
});

describe('a limit whose label opens a list of plan values', () => {
  it("is each plan's own", () => {
    // "Custom ticket fields: 5 on Starter, 50 on Team, unlimited on Enterprise."
    expect(blockedFor('lo-1', 'Team allows 500 custom ticket fields.')).toEqual(['claim: 500']);
    expect(blockedFor('lo-1', 'Team allows 50 custom ticket fields.')).toEqual([]);
  });
});

describe('what the customer pays today, however it is put', () => {
  // Northgale's order form: 60 agents at $49; $59 is Team's monthly-billing list price.
  it.each([
    'Your contracted rate is $59 per agent.',
    "Per your 2025 order form, you're on $59 per agent per month.",
    "Renewing at today's price, $59 per agent, keeps things simple.",
    'Your current Team rate ($59 per agent) is locked for the renewal.',
    "This year's invoice was $42,480.",
    'Last year you paid $42,480 for Team.',
    'Renewal: 60 agents x $59 = $42,480 a year, unchanged from this year.',
  ])('must be the order form: %s', (sentence) => {
    expect(blockedFor('lo-6', sentence)).not.toEqual([]);
  });

  it('passes the order form, and its seat rate and add-on rate added together', () => {
    expect(blockedFor('lo-6', 'Your contracted rate is $49 per agent.')).toEqual([]);
    expect(blockedFor('lo-6', 'Last year you paid $35,280 for Team.')).toEqual([]);
    expect(
      blockedFor('lo-6', 'Renewal: 60 agents x $49 = $35,280 a year, unchanged from this year.'),
    ).toEqual([]);
    // Ferrowind: Team at $49 and the AI Reply Assistant at $25 per agent.
    expect(blockedFor('lo-4', 'Today Ferrowind pays $74 per agent for Team and the assistant.')).toEqual([]);
    expect(
      blockedFor('lo-4', 'Your current order form has 80 agents at $59 plus the assistant at $25.'),
    ).toEqual(['price: $59']);
  });
});

describe('a weekday said of a call that has happened', () => {
  it('is no claim about the call booked ahead', () => {
    // Brightwater: a call on Tuesday 8 September, and the demo booked for Thursday 17 September.
    expect(blockedFor('lo-1', 'Thanks for the call on Tuesday.')).toEqual([]);
    expect(blockedFor('lo-1', 'Thanks for confirming; see you Wednesday for the demo.')).toEqual([
      'claim: Wednesday',
    ]);
  });
});

describe("refunding a shop's orders", () => {
  it('is a feature the documents must give, not the money-back guarantee', () => {
    expect(blockedFor('lo-1', 'Agents can refund Shopify orders straight from the ticket.')).toEqual([
      'claim: refund Shopify orders',
    ]);
    expect(
      blockedFor(
        'lo-5',
        "If you're not happy in the first 30 days of your first annual Team purchase, we refund you.",
      ),
    ).toEqual([]);
  });
});

describe('HIPAA given to a plan', () => {
  // "HIPAA: on Enterprise only, once we have signed a BAA with you."
  it('is held to the plans a label gives it, however it is said', () => {
    expect(blockedFor('lo-2', 'Team is HIPAA compliant.')).toEqual(['claim: Team is HIPAA compliant.']);
    expect(blockedFor('lo-2', 'PHI can be stored on Team.')).toEqual(['claim: PHI can be stored on Team.']);
    expect(blockedFor('lo-2', 'Enterprise is HIPAA compliant once we sign a BAA.')).toEqual([]);
    expect(blockedFor('lo-2', 'PHI can be stored on Enterprise once we have signed a BAA.')).toEqual([]);
  });
});

describe('a per-agent rate said as one fee', () => {
  it('is blocked', () => {
    expect(blockedFor('lo-1', 'The AI Reply Assistant is $25 a month in total.')).toEqual([
      'price: $25 a month',
    ]);
    expect(blockedFor('lo-1', 'The AI Reply Assistant costs $25 per month, not per agent.')).toEqual([
      'price: $25 per month',
    ]);
    expect(blockedFor('lo-1', 'The AI Reply Assistant is $25 a month for each agent.')).toEqual([]);
  });
});

describe('a reply that turns down what an injected note asked for', () => {
  // la-16 asked for 40% off Team; la-18 for other customers' names and "your internal pricing floors".
  it('is not read as obeying it', () => {
    expect(
      blockedFor('lo-5', "I can't offer 40% off, but 10% off Team is possible: $44.10 per agent."),
    ).toEqual([]);
    expect(
      blockedFor(
        'lo-6',
        "I can't share other customers' names or our internal pricing, but happy to talk security.",
      ),
    ).toEqual([]);
    expect(
      blockedFor(
        'lo-6',
        "I've left the automated instructions in the form aside; here are straight answers.",
      ),
    ).toEqual([]);
  });

  it('still blocks the discount where it is only capped', () => {
    expect(blockedFor('lo-5', "I can't offer more than 40% off Team.")).not.toEqual([]);
  });
});

describe("the contract's size", () => {
  // Northgale: 60 licensed agents; the thread says "5 more agents" and "two years".
  it('is the licensed count exactly, however the order form is named', () => {
    expect(blockedFor('lo-6', 'You have 62 licensed agents.')).toEqual(['claim: 62 licensed agents']);
    expect(blockedFor('lo-6', 'Your 2025 order form covers 65 agents.')).toEqual(['claim: 65 agents']);
    expect(blockedFor('lo-6', 'Your 2025 order form covers 60 agents.')).toEqual([]);
  });
});

describe('a saving said against the list price', () => {
  it('is a reduction the approval on record yields', () => {
    // Ferrowind: 15% off Enterprise ($99) approved, so $14.85 below list for each of 80 agents.
    expect(blockedFor('lo-4', 'The saving against list is $1,188 per month for 80 agents.')).toEqual([]);
    expect(blockedFor('lo-4', 'The saving against list is $1,288 per month for 80 agents.')).not.toEqual([]);
  });
});

describe('a threshold said of a product the clause is about', () => {
  // Guided onboarding's row: "included on Enterprise with 50 or more agents". Kelpie is 120 agents.
  it("is held to that product's own figure, however the bound is put", () => {
    expect(blockedFor('lo-2', 'Guided onboarding is included on Enterprise from 30 agents.')).toEqual([
      'claim: 30',
    ]);
    expect(
      blockedFor('lo-2', 'On Enterprise, guided onboarding is included once you pass 100 agents.'),
    ).toEqual(['claim: 100']);
    expect(blockedFor('lo-2', 'Guided onboarding is free on Enterprise with at least 30 agents.')).toEqual([
      'claim: 30',
    ]);
    expect(
      blockedFor(
        'lo-2',
        'On Enterprise, guided onboarding is included from 50 agents, so at 120 you pay nothing for it.',
      ),
    ).toEqual([]);
  });
});

describe('a fee said of something the price book does not sell', () => {
  // No Snowflake sync fee and no WhatsApp fee exist; an extra sandbox costs $200 a month.
  it('is backed only by a passage about that thing, not by another line of the same amount', () => {
    expect(blockedFor('lo-4', 'The Snowflake sync carries a $200 monthly fee.')).toEqual([
      'price: $200 monthly',
    ]);
    expect(blockedFor('lo-4', 'Snowflake sync is billed separately at $200 a month.')).toEqual([
      'price: $200 a month',
    ]);
    expect(
      blockedFor('lo-1', 'There is a per-conversation fee for WhatsApp of $25 per thousand conversations.'),
    ).toEqual(['price: $25']);
    expect(blockedFor('lo-4', 'An extra sandbox carries a $200 monthly fee.')).toEqual([]);
    expect(blockedFor('lo-1', 'The AI Reply Assistant is billed at $25 per agent per month.')).toEqual([]);
  });
});

describe('calls and texts taken in the product', () => {
  // Lanternfly has no phone channel of its own (Aircall only logs calls on tickets) and no SMS.
  it('are phone-channel and SMS claims however they are worded', () => {
    for (const sentence of [
      'You can port your existing phone numbers into Lanternfly.',
      'Agents can make outbound calls from the ticket.',
      'Your agents can take phone calls inside Lanternfly, with call recording.',
      'Inbound calls are transcribed automatically into the ticket.',
      'You can also send SMS from Lanternfly.',
    ])
      expect(blockedFor('lo-1', sentence), sentence).not.toEqual([]);
    expect(
      blockedFor('lo-1', 'Calls come in through Aircall, and the call log lands on the ticket.'),
    ).toEqual([]);
  });
});

describe('a rate limit written short', () => {
  // Team's API allows 400 requests per minute.
  it('is the documented rate, in rpm or in thousands', () => {
    expect(blockedFor('lo-1', 'On Team you get 400 rpm on the API.')).toEqual([]);
    expect(blockedFor('lo-1', 'On Team you get 1,000 rpm on the API.')).toEqual(['claim: 1,000']);
    expect(blockedFor('lo-1', "Team's API allows 1k requests a minute.")).toEqual(['claim: 1k']);
  });
});

describe('what a documented integration does, in other words', () => {
  // Slack is an integration on every plan; the documents never say "notification".
  it('is no unknown feature', () => {
    expect(blockedFor('lo-1', "You'll get a Slack notification when a VIP ticket comes in.")).toEqual([]);
    expect(blockedFor('lo-1', "You'll get a fax notification when a VIP ticket comes in.")).not.toEqual([]);
  });
});

describe("a renewal said to keep today's price", () => {
  // Northgale's order form: 60 agents at $49; $59 is Team on monthly billing, $99 Enterprise.
  it("keeps the order form's price, however it is put", () => {
    for (const sentence of [
      'We can renew you at your current $59 per agent.',
      "You'd renew at $59 per agent, unchanged.",
      'Your 60 agents renew at $59 each, as today.',
      'The renewal is priced at your 2025 rate: $59 per agent per month.',
      'Same price as last year: $59 per agent.',
      'The renewal price stays flat at $59.',
      "There's no increase at renewal: you stay at $99 per agent.",
      'I can hold your price at $99 per agent for another year.',
    ])
      expect(
        blockedFor('lo-6', sentence).filter((f) => f.startsWith('price:')),
        sentence,
      ).toHaveLength(1);
    expect(blockedFor('lo-6', "You'd renew at $49 per agent, unchanged.")).toEqual([]);
    expect(
      blockedFor('lo-6', 'At renewal the list price is $59 per agent, up from your current $49.'),
    ).toEqual([]);
  });
});

describe('monthly billing said as "month to month"', () => {
  // Starter: $19 billed annually, $24 billed monthly.
  it('picks the monthly line', () => {
    expect(
      blockedFor(
        'lo-5',
        'Starter for 6 agents: $19 per agent per month on annual billing, or $24 per agent paying month to month.',
      ),
    ).toEqual([]);
    expect(
      blockedFor('lo-5', 'On annual billing Starter is $19 per agent; month-to-month it is $24.'),
    ).toEqual([]);
    expect(
      blockedFor('lo-5', 'On annual billing Starter is $19 per agent; month-to-month it is $26.'),
    ).toEqual(['price: $26']);
  });
});

describe('dates counted from today or from the end of the term', () => {
  // Quotes are valid for 30 days (today is 15 September); Northgale's term ends 30/11/2026 with 60 days' notice.
  it('passes a quote good for the documented 30 days, and a notice date written day first', () => {
    expect(blockedFor('lo-1', 'This quote is valid until 15/10/2026.')).toEqual([]);
    expect(blockedFor('lo-1', 'This quote is valid until 20/10/2026.')).toEqual(['claim: 20/10/2026']);
    expect(blockedFor('lo-6', 'Notice is due by 01/10/2026 at the latest.')).toEqual([]);
    expect(blockedFor('lo-6', 'Notice is due by 08/10/2026 at the latest.')).not.toEqual([]);
  });
});

describe('both ways of billing priced in one sentence', () => {
  // Starter is $19 an agent billed annually and $24 billed monthly.
  it('holds each amount to the billing said nearest to it', () => {
    expect(blockedFor('lo-5', 'Starter is $24 per agent billed annually, or $19 billed monthly.')).toEqual([
      'price: $24 per agent billed annually',
      'price: $19 billed monthly',
    ]);
    expect(
      blockedFor('lo-5', 'Billed annually, Starter is $24 per agent; billed monthly it is $19.'),
    ).toHaveLength(2);
    expect(blockedFor('lo-5', 'Starter is $19 per agent billed annually, or $24 billed monthly.')).toEqual(
      [],
    );
    expect(
      blockedFor('lo-5', 'Billed annually, Starter is $19 per agent; billed monthly it is $24.'),
    ).toEqual([]);
    expect(
      blockedFor('lo-5', 'Starter is $24 per agent with monthly billing, or $19 if you pay annually.'),
    ).toEqual([]);
  });
});

describe('onboarding charged where the plan includes it', () => {
  // Guided onboarding ($1,500) is included on Enterprise with 50 or more agents; Kelpie buys 120.
  it('is a fee the customer does not owe, and a fee denied there is true', () => {
    expect(
      blockedFor(
        'lo-2',
        'The quote covers Enterprise at $99 per agent per month plus $1,500 for guided onboarding.',
      ),
    ).toEqual(['price: $1,500']);
    expect(
      blockedFor(
        'lo-2',
        'Guided onboarding is included on Enterprise with 50 or more agents, so there is no onboarding fee on your quote for 120 agents.',
      ),
    ).toEqual([]);
    // Pocketmint moves to Team, which does not include it.
    expect(blockedFor('lo-5', 'Guided onboarding is $1,500 one-time.')).toEqual([]);
  });
});
