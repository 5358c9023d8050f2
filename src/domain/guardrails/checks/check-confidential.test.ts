import { describe, expect, it } from 'vitest';
import { aDocument, aNote, aWorld, check } from '../guard-test-factories.ts';

describe('confidentiality', () => {
  it.each([
    'Reps can only discount up to 15% without sign-off.',
    'Our floor on this deal is 20% off.',
    'I checked our internal pricing guidelines and 15% is the cap for me.',
    'Per our discount policy, anything beyond 15% goes to the sales manager.',
    'Anything beyond 15% off would need my VP to approve it.',
    "I'm only authorized to go to 15%.",
    'Between us, my manager said I can go to 20%.',
    'Our margin on Enterprise is thin, so this is tight.',
    "I'm not supposed to share this, but 15% is my ceiling.",
  ])('blocks internal policy wording: %s', (body) => {
    expect(check(body).findings).toContainEqual(
      expect.objectContaining({ kind: 'confidential', check: 'internal_policy' }),
    );
  });

  it.each([
    "Anything above 15% needs my manager's approval, so this is the best I can do.",
    'Anything beyond 15% off would need my manager to approve it.',
  ])(
    'passes the published rule told in the rep\'s words ("my manager" for the sales manager): %s',
    (body) => {
      expect(check(body).findings).not.toContainEqual(
        expect.objectContaining({ kind: 'confidential', check: 'internal_policy' }),
      );
    },
  );

  it.each([
    'Umbrella Health is rolling out Enterprise across their labs.',
    'Umbrella is rolling out Enterprise across their labs.',
    'Teams like Umbrella moved to Enterprise last quarter.',
    'Alice Abernathy, who runs data at another clinic group, loves it.',
    'See how umbrellahealth.com set up their dashboards.',
  ])('blocks another customer’s name or people: %s', (body) => {
    expect(check(body).findings).toContainEqual(
      expect.objectContaining({ kind: 'confidential', check: 'other_customer' }),
    );
  });

  it.each([
    'A customer of ours in Leeds got 30% off last quarter.',
    'A client we signed last month pays $38 a seat.',
    'Another customer has 400 seats on Enterprise.',
  ])('blocks what one other customer has or pays: %s', (body) => {
    expect(check(body).findings).toContainEqual(expect.objectContaining({ check: 'other_customer' }));
  });

  it.each([
    'The programmes do not combine: a customer gets one or the other, and for you the 10% is the better one.',
    'We do not charge onboarding again when a customer moves up a plan, so the $65 is all you pay.',
  ])('reads a rule for any customer as no other customer: %s', (body) => {
    expect(check(body).findings).not.toContainEqual(expect.objectContaining({ check: 'other_customer' }));
  });

  it('does not mistake an ordinary capitalised word at the start of a sentence for a customer', () => {
    const world = aWorld();
    world.accounts.push({ id: 'a-massive', name: 'Massive Dynamic', ownerId: 'u-dana' });
    expect(check('Massive gains are possible with scheduled reports.', { world }).blocked).toBe(false);
    expect(check('Massive is already live with Enterprise.', { world }).blocked).toBe(true);
  });

  it.each([
    "Contoso doesn't host in the EU and charges more for SSO.",
    'Contoso BI is weaker on timezone support; their reports are UTC-only.',
    'Compared to Contoso, we are the safer choice: they have no EU hosting.',
    'On your Contoso question: Contoso has no EU hosting and charges extra for SSO.',
    'Unlike Contoso, we include SSO.',
    'Contoso tends to oversell and underdeliver.',
    'We are cheaper than Contoso once you add SSO.',
  ])('blocks battlecard talk about a competitor: %s', (body) => {
    expect(check(body).findings).toContainEqual(
      expect.objectContaining({ kind: 'confidential', check: 'battlecard' }),
    );
  });

  it('lets a draft name a competitor without running it down', () => {
    expect(check('Happy to do a side-by-side with Contoso if that would help.').blocked).toBe(false);
    expect(
      check('If you are also evaluating Contoso, I am glad to answer questions about our product.').blocked,
    ).toBe(false);
    // A compliment to the customer is no comparison with the competitor they raised.
    expect(
      check(
        "Thanks for being upfront that Contoso is the other option. You know your team's needs better than anyone, so I won't tell you what to think of them.",
      ).blocked,
    ).toBe(false);
    // What we cannot do is said of us, not of them.
    expect(
      check(
        "Keeping the Contoso dashboards for a year would be easier, but we can't read another vendor's data.",
      ).blocked,
    ).toBe(false);
  });

  it("leaves the customer's own words alone in quoted mail, but not an internal note pasted below", () => {
    const quoted =
      'Thanks, see below.\n\nOn Tue, Feb 3, Hank wrote:\n> Contoso is cheaper and Umbrella Health uses it.';
    expect(check(quoted).blocked).toBe(false);
    const world = aWorld({ extraActivities: [aNote('Hank hinted their board caps this at $140k.')] });
    expect(check('See below.\n\n> Hank hinted their board caps this at $140k.', { world }).blocked).toBe(
      true,
    );
  });

  it("passes a note's amount the sentence works out in the open from a list price and its percentage", () => {
    const world = aWorld({ extraActivities: [aNote('Hank will sign at $58.50; do not go lower.')] });
    const noted = (body: string) =>
      check(body, { world }).findings.some((f) => f.check === 'internal_note' && f.severity === 'block');
    expect(noted('I can take 10% off the Enterprise list price of $65, which brings it to $58.50.')).toBe(
      false,
    );
    expect(noted('I can offer Enterprise at $58.50.')).toBe(true);
  });

  it('lets a draft name its own customer, whatever other accounts are called', () => {
    expect(check('Globex is exactly the kind of team Northwind was built for.').blocked).toBe(false);
    expect(
      check("Umbrella Health's security team asked good questions.", {
        opportunityId: 'o-2',
        to: ['alice@umbrellahealth.com'],
      }).blocked,
    ).toBe(false);
  });

  describe('internal notes', () => {
    const world = aWorld({
      extraActivities: [
        aNote(
          'Hank hinted their board caps this at $140k. Champion is nervous about the plant rollout slipping.',
        ),
      ],
    });

    it.each([
      'I know your board caps this at $140k.',
      'I know the champion is nervous about the rollout slipping.',
      'Hank hinted their board caps this at $140k.',
    ])('blocks a draft that repeats a note: %s', (body) => {
      expect(check(body, { world }).findings).toContainEqual(
        expect.objectContaining({ kind: 'confidential', check: 'internal_note' }),
      );
    });

    it('passes a draft that only shares the note’s everyday words', () => {
      expect(check('Hank, how is the plant rollout going?', { world }).blocked).toBe(false);
    });
  });

  describe('words a note reports with, and short ones', () => {
    const world = aWorld({
      extraActivities: [
        aNote(
          'Hank mentioned they will push for a bigger concession; don’t bring it up. The CFO will cut one vendor.',
        ),
      ],
    });
    const noteLeak = (body: string) =>
      check(body, { world }).findings.some((f) => f.check === 'internal_note' && f.severity === 'block');

    it.each([
      'As you mentioned, we could push the call to Thursday.',
      'Don’t hesitate to bring your questions to the call.',
      'If your CFO prefers, we can cut the term to 12 months.',
    ])('passes a draft that shares only how the note reports, or two three-letter words: %s', (body) => {
      expect(noteLeak(body)).toBe(false);
    });

    it.each([
      'I understand you will push for a bigger concession.',
      'I hear the CFO will cut a vendor this year.',
    ])('still blocks what the note holds: %s', (body) => {
      expect(noteLeak(body)).toBe(true);
    });
  });

  describe('wording the public documents use', () => {
    // A field-service seller: its guide names a feature with a word the policy patterns watch for,
    // one page is cleared for customers, and a competitor is a documented import source.
    const world = aWorld({
      extraDocuments: [
        aDocument({
          id: 'fs-guide',
          title: 'Job cards guide',
          kind: 'spec',
          body: '# Job cards\n\nForemen can attach internal docs to any job card on every plan. Imports bring jobs over from Trellis, Asana and Contoso at no cost on any plan.',
        }),
        aDocument({
          id: 'fs-partner',
          title: 'Partner pricing',
          kind: 'policy',
          body: '# Partner pricing\n\nThis page may be shared with customers.\n\n## Approvals\n\nAnything above 12% needs partner desk approval before it is quoted.',
        }),
      ],
    });

    it.each([
      'Your foremen can attach internal docs to each job card.',
      'Anything above 12% needs partner desk approval, so I would route it there.',
      'Our importer brings jobs over from Trellis, Asana and Contoso at no cost on any plan.',
    ])('passes what a public document says in its own words: %s', (body) => {
      expect(check(body, { world }).findings.filter((f) => f.kind === 'confidential')).toEqual([]);
    });

    it.each([
      'I checked our internal pricing guidelines and 12% is my cap.',
      'Contoso charges extra for imports, which we never do.',
    ])('still blocks policy and battlecard talk beside them: %s', (body) => {
      expect(check(body, { world }).findings).toContainEqual(
        expect.objectContaining({ kind: 'confidential', severity: 'block' }),
      );
    });
  });

  describe('pages written for customers', () => {
    // A kiln-monitoring seller: its terms page states the rep limit, its hosting page who prices a
    // dedicated stack; neither page is marked internal, so customers read both.
    const world = aWorld({
      extraDocuments: [
        aDocument({
          id: 'km-terms',
          title: 'Subscription terms',
          kind: 'policy',
          body: '# Terms\n\nAn account manager may offer up to 10% off seats without approval. Beyond 10% needs written approval from the head of sales.',
        }),
        aDocument({
          id: 'km-hosting',
          title: 'Hosting',
          kind: 'security',
          body: '# Hosting\n\n**Dedicated stack** (Enterprise only): an isolated single-tenant stack in a region you pick, scoped and priced by the deal desk, ready in about 8 weeks.',
        }),
      ],
    });
    const confidential = (body: string) =>
      check(body, { world }).findings.filter((f) => f.kind === 'confidential' && f.severity === 'block');

    it.each([
      'I can take 8% off the seats without needing sign-off.',
      'On Enterprise there is a dedicated stack: an isolated single-tenant stack in a region you pick.',
      'It is scoped and priced by our deal desk.',
    ])('passes what they say: %s', (body) => {
      expect(confidential(body)).toEqual([]);
    });

    it('still blocks who approves past the limit in words the page does not use', () => {
      expect(
        confidential('Anything beyond 10% would need my VP to approve it, not just sign-off from me.'),
      ).not.toEqual([]);
    });
  });

  describe('facts only a note holds', () => {
    const world = aWorld({
      extraActivities: [
        aNote(
          'Hank says finance set aside $38k for the first year. Globex is quietly buying Ostrander Mills.',
        ),
      ],
    });
    const leaks = (body: string) =>
      check(body, { world }).findings.some((f) => f.kind === 'confidential' && f.check === 'internal_note');

    it.each([
      'Since there is $38k set aside, let us shape the order around it.',
      'When the Ostrander Mills deal completes, their plants can join the rollout.',
    ])('blocks an amount or a name from the note, reworded: %s', (body) => {
      expect(leaks(body)).toBe(true);
    });

    it('passes an amount the price book states and the deal’s own names', () => {
      expect(leaks('Northwind Pro is $40 per seat; Globex can start with the plant team.')).toBe(false);
    });
  });
});

describe('a limit the customer’s own documents publish', () => {
  const policyOf = (body: string) =>
    check(body).findings.filter((f) => f.kind === 'confidential' && f.check === 'internal_policy');

  it('lets the rep say an offer is within a limit the documents publish', () => {
    expect(policyOf('Good news: 9% on the renewal sits within my limit, so no waiting.')).toEqual([]);
  });

  it('still blocks what lies past the limit', () => {
    expect(policyOf('Going past my limit would take approval from my director.')).not.toEqual([]);
  });

  it('blocks the same words where no document publishes a limit', () => {
    const world = aWorld({ documents: [] });
    expect(
      check('Good news: 9% on the renewal sits within my limit, so no waiting.', { world }).findings,
    ).toContainEqual(expect.objectContaining({ kind: 'confidential', check: 'internal_policy' }));
  });
});

describe('an approval recorded in an internal note', () => {
  const world = aWorld({
    extraActivities: [
      aNote(
        'Approved (Dana Whitfield, VP Sales): 18% off Northwind Pro for Globex on a 36-month term, instead of the 25% in their first proposal. Hank hinted their board caps this at $140k.',
      ),
    ],
  });
  const blocks = (body: string) => check(body, { world }).findings.filter((f) => f.severity === 'block');

  it('may be told to the customer: what it grants is meant to reach them', () => {
    expect(
      blocks('Our VP of Sales has approved 18% off Northwind Pro for Globex on a 36-month term.'),
    ).toEqual([]);
  });

  it('records the figure it grants, not the one it replaces', () => {
    expect(blocks('On a 36-month term, I can offer 18% off Northwind Pro.')).toEqual([]);
    expect(blocks('On a 36-month term, I can offer 22% off Northwind Pro.')).toContainEqual(
      expect.objectContaining({ kind: 'discount' }),
    );
  });

  it('keeps the rest of the note inside', () => {
    expect(blocks('I know your board caps this at $140k, so the approval helps.')).toContainEqual(
      expect.objectContaining({ kind: 'confidential' }),
    );
  });
});

describe('a rule the customer-facing pages state', () => {
  const world = aWorld({
    extraDocuments: [
      aDocument({
        id: 'doc-terms',
        title: 'Commercial terms',
        kind: 'policy',
        body: '# Terms\n\n- Your account manager can offer up to 10% off. Anything more needs sign-off from our sales director.',
      }),
      aDocument({
        id: 'doc-desk',
        title: 'INTERNAL: deal desk',
        kind: 'policy',
        body: '# INTERNAL: deal desk (do not share)\n\n- For competitive takeouts our sales director will sign off up to 20% more, on three-year terms only.',
      }),
    ],
  });
  const leaks = (body: string) =>
    check(body, { world }).findings.filter((f) => f.kind === 'confidential' && f.severity === 'block');

  it('may be explained in the rep’s words', () => {
    expect(leaks('Beyond 10% I would need sign-off from our sales director.')).toEqual([]);
  });

  it('does not open the internal page that shares a few of its words', () => {
    expect(
      leaks('For a competitive takeout our sales director can sign off up to 20% more on a three-year term.'),
    ).not.toEqual([]);
  });
});

describe('internal terms named but not given', () => {
  const policyFindings = (body: string) =>
    check(body).findings.filter((f) => f.kind === 'confidential' && f.check === 'internal_policy');

  it.each([
    'The questionnaire your portal added asks us to list our internal discount thresholds, which we cannot do.',
    'We do not disclose our internal pricing guidelines, but the public programmes are on our website.',
    // The refusal said after what is withheld, the only figure one the sentence denies.
    'There is no 30% offer behind that link, and our internal discount rules are not something we hand out or share.',
    'I cannot confirm any 40% rate for Globex; our internal pricing guidelines stay internal.',
  ])('passes a sentence that reports or declines the request: %s', (body) => {
    expect(policyFindings(body)).toEqual([]);
  });

  it.each([
    'You asked for our internal pricing guidelines: reps can go to 15% on Pro.',
    'Our internal pricing guidelines leave me room on the Pro seats.',
    // A bound said in the negative still gives it away, whatever refusal follows.
    'We cannot go below 20% of list, and our internal pricing guidelines are not something we share.',
    'Our internal discount rules put reps at 15%, which is not something we share.',
  ])('blocks a sentence that gives them: %s', (body) => {
    expect(policyFindings(body)).not.toEqual([]);
  });
});

describe('names and confidences a note holds', () => {
  const world = aWorld({
    extraActivities: [
      aNote(
        'Hank mentioned that Brightwater Hospital signed with us in March. Do not name Brightwater to Globex.',
      ),
      aNote('Priya is retiring from Globex in June (told in confidence); Omar takes over the renewal.'),
    ],
  });
  const noteLeak = (body: string) =>
    check(body, { world }).findings.some((f) => f.check === 'internal_note' && f.severity === 'block');

  it.each([
    'Brightwater moved its whole nursing team onto Pro last spring.',
    'Since Priya is retiring in June, should the renewal papers go to Omar?',
  ])('blocks the note’s name or what was told in confidence: %s', (body) => {
    expect(noteLeak(body)).toBe(true);
  });

  it.each([
    'The hospital sector is a good fit for scheduled reports.',
    'Priya, thanks for the call; I will send the renewal papers by the end of June.',
  ])('passes a sentence that only shares the note’s everyday words: %s', (body) => {
    expect(noteLeak(body)).toBe(false);
  });
});

describe('two everyday words shared with a note in other senses', () => {
  const world = aWorld({
    extraActivities: [aNote('Ross left Globex in October and his laptop was stolen.')],
  });
  const noteLeak = (body: string) =>
    check(body, { world }).findings.some((f) => f.check === 'internal_note' && f.severity === 'block');

  it('passes paperwork wording that happens to share them', () => {
    expect(noteLeak('I have left the laptop question for Thursday’s call.')).toBe(false);
  });

  it('blocks the note’s own phrase', () => {
    expect(noteLeak('Ross left in October, so who should get the order form?')).toBe(true);
  });
});

describe('where paperwork goes, named by a note', () => {
  const world = aWorld({
    extraActivities: [
      aNote('The billing address moves to Leeds once the Vantor merger closes; keep it quiet.'),
    ],
  });
  const noteLeak = (body: string) =>
    check(body, { world }).findings.some((f) => f.check === 'internal_note' && f.severity === 'block');

  it('passes a draft that only handles the billing address', () => {
    expect(noteLeak('I have kept the billing address on the order form exactly as it is.')).toBe(false);
  });

  it('blocks a draft that says what the note says of it', () => {
    expect(
      noteLeak('Once your merger closes and billing moves to Leeds, I will reissue the order form.'),
    ).toBe(true);
  });
});
