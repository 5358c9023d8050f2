/**
 * Existing customers: renewals and expansions read against weekly usage. A sharp drop or a renewal nobody started
 * needs action; a full licence is an expansion to propose; a dip of a tenth is watched; healthy talks need nothing.
 */
import { type Day, labelDate, ymd } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { CHECKIN_NOTES } from '../phrasing/call-notes.ts';
import { fromParts, sometimes } from '../phrasing/compose-parts.ts';
import { theyConfirm } from '../phrasing/meetings.ts';
import { topicByKey } from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { contractEndsIn, placeInStage, renewal, type Situation } from './situation.ts';

function renewalName(kit: DealKit, end: Day): void {
  kit.opp.name = `${kit.customer.account.name} - ${ymd(end).year} renewal`;
  kit.opp.closeDay = end - kit.rng.int(0, 10);
}

/** A renewal conversation that is under way: kickoff, quote, the customer's (closed) reply, maybe a meeting. */
function renewalTalks(kit: DealKit, firstDay: Day, meeting: boolean): string {
  const { rng, rep, champion } = kit;
  const v = kit.vars();
  const t = kit.thread('renewal');
  const kickoff = t.send(rep, {
    at: kit.at(rep, firstDay),
    to: [champion],
    paragraphs: ours(
      rng,
      v,
      [
        fromParts(
          rng,
          [
            `Your ${v.plan} subscription comes up for renewal soon, so I wanted to start early.`,
            'With the renewal coming up, I wanted to get ahead of the paperwork.',
            'It is that time of year again: your renewal is on the horizon.',
            'Before your contract term ends, I wanted to share the renewal details.',
          ],
          [
            `Attached is the quote for the next 12 months (${v.seats} seats, same terms).`,
            `I have put together a usage summary and the renewal quote for ${v.seats} seats.`,
            'The renewal quote is attached, along with a summary of how the team has used the platform this year.',
          ],
          sometimes(0.5, [
            'Happy to review usage together.',
            'Let me know who should receive the paperwork.',
            'Any changes to the seat count, just say.',
          ]),
        ),
      ],
      0.3,
      0.4,
    ),
  });
  const reply = t.send(champion, {
    at: kit.after(champion, kickoff.at, 120, 60 * 48),
    paragraphs: theirs(rng, v, [
      fromParts(
        rng,
        [
          'Thanks.',
          'Appreciate you getting ahead of this.',
          'Received, thank you.',
          'Thanks for the early heads-up.',
        ],
        [
          'We plan to renew.',
          'Renewal is in our budget.',
          'The team relies on the dashboards daily, so no surprises here.',
          'No changes expected on our side.',
        ],
        [
          'I have sent the quote to procurement for processing.',
          'Procurement will reach out about the paperwork.',
          'I will get it signed.',
          'It is with finance for approval now.',
        ],
      ),
    ]),
  });
  if (meeting) {
    const start = kit.upcoming(rep, rng.int(2, 14));
    const booked = kit.after(rep, reply.at, 30, 600);
    if (rng.chance(0.5)) {
      t.send(rep, {
        at: booked,
        paragraphs: [
          `Great. I have also sent an invite for ${kit.when(start, rep)} to walk through usage and next year's plans.`,
        ],
        bare: true,
      });
    }
    kit.meeting({ purpose: 'renewal', start, status: 'scheduled', attendees: [champion], booked });
  }
  return `renewal talks under way since ${labelDate(firstDay)}${meeting ? ' and a renewal meeting is booked' : ''}`;
}

/** An old check-in on the account, long before anything about the renewal. */
function oldCheckin(kit: DealKit, daysAgo: number): void {
  const day = kit.day(daysAgo);
  kit.call(kit.at(kit.rep, day), kit.champion, say(kit.rng, CHECKIN_NOTES, kit.vars()));
  kit.opp.created = Math.min(kit.opp.created, day - kit.rng.int(3, 20));
}

export const usageDrop: Situation = {
  key: 'usage_drop',
  verdict: 'act_now',
  actions: ['address_usage_drop', 'start_renewal'],
  opportunityType: (rng) => (rng.chance(0.8) ? 'renewal' : 'expansion'),
  build(kit) {
    const { rng, today } = kit;
    kit.usage('sharp_drop');
    if (kit.opp.type === 'expansion') {
      placeInStage(kit, 'Discovery', rng.int(8, 18));
      kit.opp.closeDay = today + rng.int(20, 70);
      const asked = kit.day(rng.int(10, 16));
      const topic = topicByKey('more_seats');
      const t = kit.thread('expansion');
      const v = kit.vars();
      const q = t.send(kit.champion, {
        at: kit.at(kit.champion, asked),
        to: [kit.rep],
        paragraphs: theirs(rng, v, [say(rng, topic.ask, v)]),
      });
      const a = t.send(kit.rep, {
        at: kit.after(kit.rep, q.at, 60, 600),
        paragraphs: ours(rng, v, [say(rng, topic.deliver, v)]),
      });
      t.send(kit.champion, {
        at: kit.after(kit.champion, a.at, 60, 60 * 30),
        paragraphs: [
          rng.pick(['Thanks, reviewing with finance.', 'Got it. Will come back once budget is confirmed.']),
        ],
      });
      kit.label({
        verdict: 'act_now',
        actions: ['address_usage_drop'],
        note: 'active users fell sharply over the last four to five weeks while we are selling more seats; expansion talks are otherwise moving',
      });
      return;
    }
    const end = contractEndsIn(kit, 30, 85);
    renewalName(kit, end);
    if (rng.chance(0.65)) {
      placeInStage(kit, rng.pick(['Prospecting', 'Discovery'] as const), rng.int(30, 60));
      if (rng.chance(0.5)) oldCheckin(kit, rng.int(50, 90));
      kit.label({
        verdict: 'act_now',
        actions: ['address_usage_drop', 'start_renewal'],
        note: `active users fell sharply in the last weeks; contract ends ${labelDate(end)} and no renewal conversation has started`,
      });
      return;
    }
    placeInStage(kit, 'Proposal', rng.int(5, 12));
    const talks = renewalTalks(kit, kit.day(rng.int(6, 14)), rng.chance(0.4));
    kit.label({
      verdict: 'act_now',
      actions: ['address_usage_drop'],
      note: `active users fell sharply before the renewal on ${labelDate(end)}; ${talks}`,
    });
  },
};

export const renewalNotStarted: Situation = {
  key: 'renewal_not_started',
  verdict: 'act_now',
  actions: ['start_renewal'],
  opportunityType: renewal,
  build(kit) {
    const { rng } = kit;
    kit.usage(rng.chance(0.5) ? 'flat' : 'growing');
    const end = contractEndsIn(kit, 20, 88);
    renewalName(kit, end);
    placeInStage(kit, 'Prospecting', rng.int(10, 60));
    kit.opp.created = kit.opp.stageEntered;
    if (rng.chance(0.4)) oldCheckin(kit, rng.int(60, 120));
    kit.label({
      verdict: 'act_now',
      actions: ['start_renewal'],
      note: `contract ends ${labelDate(end)}, within 90 days, and nobody has started the renewal; usage is healthy`,
    });
  },
};

export const seatsFull: Situation = {
  key: 'seats_full',
  verdict: 'act_now',
  actions: ['propose_expansion', 'answer_customer'],
  opportunityType: (rng) => (rng.chance(0.6) ? 'expansion' : 'renewal'),
  build(kit) {
    const { rng, today, rep, champion } = kit;
    kit.usage('at_limit');
    if (kit.opp.type === 'renewal') {
      const end = contractEndsIn(kit, 35, 85);
      renewalName(kit, end);
      placeInStage(kit, 'Proposal', rng.int(5, 12));
      const talks = renewalTalks(kit, kit.day(rng.int(5, 12)), rng.chance(0.5));
      kit.label({
        verdict: 'act_now',
        actions: ['propose_expansion'],
        note: `all ${kit.opp.licensedSeats} licensed seats are in use while the renewal is quoted at the same count; ${talks}`,
      });
      return;
    }
    kit.opp.licensedSeats = kit.opp.seats;
    placeInStage(kit, 'Discovery', rng.int(3, 12));
    kit.opp.closeDay = today + rng.int(20, 60);
    if (rng.chance(0.55)) {
      const topic = topicByKey('more_seats');
      const v = kit.vars();
      const askedDay = kit.day(rng.int(1, 6));
      kit.thread('expansion').send(champion, {
        at: kit.at(champion, askedDay),
        to: [rep],
        paragraphs: theirs(rng, v, [`We have hit our ${kit.opp.seats} seats.`, say(rng, topic.ask, v)]),
      });
      kit.label({
        verdict: 'act_now',
        actions: ['propose_expansion', 'answer_customer'],
        note: `all ${kit.opp.seats} seats are in use and ${champion.first} asked on ${labelDate(askedDay)} what more would cost; no reply yet`,
      });
      return;
    }
    oldCheckin(kit, rng.int(15, 30));
    kit.note(
      kit.at(rep, kit.day(rng.int(3, 10))),
      `Usage alert: ${kit.customer.account.name} is at its seat limit. Opened expansion opportunity.`,
    );
    kit.label({
      verdict: 'act_now',
      actions: ['propose_expansion'],
      note: `seats used reached the ${kit.opp.seats} licensed seats in the last weeks; nobody has offered more`,
    });
  },
};

export const usageDip: Situation = {
  key: 'usage_dip',
  verdict: 'monitor',
  actions: [],
  opportunityType: renewal,
  build(kit) {
    const { rng } = kit;
    kit.usage('small_dip');
    const end = contractEndsIn(kit, 35, 85);
    renewalName(kit, end);
    placeInStage(kit, 'Proposal', rng.int(4, 12));
    const talks = renewalTalks(kit, kit.day(rng.int(4, 12)), rng.chance(0.5));
    kit.label({
      verdict: 'monitor',
      note: `active users down about a tenth over three weeks: worth watching, too small to act on; ${talks}`,
    });
  },
};

export const renewalOnTrack: Situation = {
  key: 'renewal_on_track',
  verdict: 'no_action',
  actions: [],
  opportunityType: renewal,
  build(kit) {
    const { rng, rep, champion } = kit;
    kit.usage(rng.chance(0.5) ? 'flat' : 'growing');
    if (rng.chance(0.3)) {
      // Far from the end of the contract: nothing to do yet, and no activity is expected.
      const end = contractEndsIn(kit, 100, 220);
      renewalName(kit, end);
      placeInStage(kit, 'Prospecting', rng.int(5, 40));
      kit.opp.created = kit.opp.stageEntered;
      kit.label({
        verdict: 'no_action',
        note: `contract ends ${labelDate(end)}, more than 90 days out; usage is healthy`,
      });
      return;
    }
    const end = contractEndsIn(kit, 25, 85);
    renewalName(kit, end);
    placeInStage(kit, rng.pick(['Proposal', 'Negotiation'] as const), rng.int(4, 14));
    const talks = renewalTalks(kit, kit.day(rng.int(4, 14)), rng.chance(0.6));
    if (rng.chance(0.3)) {
      // Procurement joins to book the signature call: more healthy traffic.
      const buyer = kit.other('procurement', 'legal');
      const start = kit.upcoming(rep, rng.int(3, 12));
      const at = kit.at(buyer, kit.day(rng.int(1, 3)));
      kit.thread('scheduling').send(buyer, {
        at,
        to: [rep],
        cc: [champion],
        paragraphs: [theyConfirm(rng, kit.when(start, buyer))],
      });
      kit.meeting({
        purpose: 'negotiation',
        start,
        status: 'scheduled',
        attendees: [buyer, champion],
        booked: kit.after(rep, at, 20, 200),
      });
    }
    kit.label({ verdict: 'no_action', note: `usage is healthy and ${talks}` });
  },
};
