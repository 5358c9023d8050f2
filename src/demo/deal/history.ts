/**
 * The lead-up to a deal's present: intro, discovery, demo, proposal, a question answered, a promise kept. Every
 * loop here is closed, so whatever needs attention today comes from the situation's own recent events.
 */
import { type Day, previousWorkday } from '../calendar.ts';
import { CHECKIN_NOTES, DISCOVERY_NOTES, INTERNAL_NOTES } from '../phrasing/call-notes.ts';
import { DELIVERY_LEADS, OUR_PROMISES, withDeliveryLead } from '../phrasing/commitments.ts';
import { RECAPS } from '../phrasing/meetings.ts';
import { THEIR_ACKS } from '../phrasing/small-talk.ts';
import { askWithAnswer, DELIVERABLE_TOPICS, QUESTION_TOPICS, topicsFitting } from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { deadlineKinds, deadlinePhrase, planDated } from '../relative-dates.ts';
import type { DealKit } from './deal-kit.ts';
import { ours, theirs } from './paragraphs.ts';
import { OPEN_STAGES, type OpenStage, stageIndex } from './stages.ts';

/** One step of the lead-up on `day`; anything it sends stays on or before `until`. */
type Beat = (kit: DealKit, day: Day, until: Day) => void;

const intro: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  const v = kit.vars();
  if (rng.chance(0.5)) {
    kit.note(
      kit.at(rep, day),
      `Inbound: demo request via website form. ${champion.name} (${champion.title}) at ${v.company}: "${rng.pick(
        [
          'We need better reporting across our sites.',
          'Looking to replace our spreadsheets with live dashboards.',
          'Evaluating BI tools this quarter.',
        ],
      )}"`,
    );
    return;
  }
  const t = kit.thread('intro');
  const sent = t.send(rep, {
    at: kit.at(rep, day),
    to: [champion],
    paragraphs: [
      rng.pick([
        `I work with ${v.industry.toLowerCase()} teams on operational reporting and thought ${v.company} might be a fit.`,
        `Thanks for downloading our reporting guide. Teams like yours usually want to get off spreadsheets; is that on your list this year?`,
        `${v.company} came up in a conversation with one of our customers, and I'd love to learn how your team handles reporting today.`,
      ]),
      'Would you be open to a 30-minute call next week?',
    ],
  });
  t.send(champion, {
    at: kit.after(champion, sent.at, 90, 60 * 26),
    paragraphs: theirs(rng, v, [
      rng.pick([
        'Sure, happy to talk.',
        'Good timing actually. Happy to compare notes.',
        'Yes, this is on our list for the year. Glad to chat.',
      ]),
    ]),
  });
};

const discovery: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  const start = kit.slot(rep, day);
  kit.meeting({ purpose: 'discovery', start, status: 'completed', attendees: [champion] });
  if (rng.chance(0.6))
    kit.call(
      { utcMs: start.utcMs + 40 * 60_000, tz: rep.tz },
      champion,
      say(rng, DISCOVERY_NOTES, kit.vars()),
    );
};

const demo: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  const attendees = rng.chance(0.5)
    ? [champion, kit.other('influencer', 'user', 'decision_maker')]
    : [champion];
  const start = kit.slot(rep, day);
  kit.meeting({ purpose: 'demo', start, status: 'completed', attendees });
  if (rng.chance(0.75)) {
    const t = kit.thread('recap');
    const recap = t.send(rep, {
      at: kit.after(rep, start, 70, 300),
      to: [champion],
      paragraphs: ours(rng, kit.vars(), [say(rng, RECAPS, kit.vars())], 0, 0.5),
    });
    if (rng.chance(0.5)) {
      t.send(champion, {
        at: kit.after(champion, recap.at, 60, 60 * 20),
        paragraphs: [say(rng, THEIR_ACKS, kit.vars())],
        bare: rng.chance(0.4),
      });
    }
  }
};

const questionAnswered: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  const topic = rng.pick(QUESTION_TOPICS);
  const v = kit.vars();
  const t = kit.thread(topic.subject);
  const qa = askWithAnswer(rng, topic, v);
  const asked = t.send(champion, {
    at: kit.at(champion, day),
    to: [rep],
    paragraphs: theirs(rng, v, [qa.ask]),
  });
  const answered = t.send(rep, {
    at: kit.after(rep, asked.at, 30, 60 * 8),
    paragraphs: ours(rng, v, [qa.answer], 0.3, 0.5),
  });
  if (rng.chance(0.5))
    t.send(champion, {
      at: kit.after(champion, answered.at, 30, 60 * 24),
      paragraphs: [say(rng, THEIR_ACKS, v)],
      bare: true,
    });
};

/** A promise we made and kept: the commitment is in the record, and so is its delivery, before the deadline. */
const promiseKept: Beat = (kit, day, until) => {
  const { rng, rep, champion } = kit;
  const topic = rng.pick(topicsFitting(DELIVERABLE_TOPICS, kit.topicContext));
  const v = kit.vars();
  const plan = planDated(
    rng,
    deadlineKinds,
    [day - 3, day],
    [day + 1, Math.min(day + 9, until - 1)],
    (kind, sent) => deadlinePhrase(kind, sent, rep.style.dateStyle, rng),
  );
  if (!plan) return;
  const t = kit.thread(topic.subject);
  const asked = t.send(champion, {
    at: kit.at(champion, plan.sent),
    to: [rep],
    paragraphs: theirs(rng, v, [say(rng, topic.ask, v)]),
  });
  const promised = t.send(rep, {
    at: kit.after(rep, asked.at, 20, 60 * 5),
    paragraphs: [rng.pick(OUR_PROMISES)(say(rng, topic.promise, v), plan.phrase.text)],
  });
  const delivered = t.send(rep, {
    at: kit.at(rep, rng.int(plan.sent + 1, plan.phrase.day)),
    to: [champion],
    paragraphs: ours(
      rng,
      v,
      [withDeliveryLead(rng.pick(DELIVERY_LEADS), say(rng, topic.deliver, v))],
      0,
      0.4,
    ),
    quote: promised,
  });
  if (rng.chance(0.6))
    t.send(champion, {
      at: kit.after(champion, delivered.at, 60, 60 * 30),
      paragraphs: [say(rng, THEIR_ACKS, v)],
    });
};

const proposal: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  const v = kit.vars();
  const t = kit.thread('proposal');
  const sent = t.send(rep, {
    at: kit.at(rep, day),
    to: [champion],
    cc: rng.chance(0.4) ? [kit.buyer] : [],
    paragraphs: ours(rng, v, [
      rng.pick([
        `Attached is our proposal for ${v.seats} ${v.plan} seats, including onboarding.`,
        `As discussed, here is the proposal. It covers ${v.seats} seats on ${v.plan} with a 12-month term.`,
        `Please find the proposal attached: ${v.plan}, ${v.seats} seats, annual billing.`,
      ]),
    ]),
  });
  t.send(champion, {
    at: kit.after(champion, sent.at, 120, 60 * 40),
    paragraphs: theirs(rng, v, [
      rng.pick([
        'Thanks, received. I will review with the team.',
        'Got it. Going through it with finance this week.',
        'Thanks! Will share internally and come back with questions if any.',
      ]),
    ]),
  });
};

const negotiation: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  kit.call(
    kit.at(rep, day),
    champion,
    rng.pick([
      `Pricing call with ${champion.first}. Agreed on ${kit.opp.seats} seats and net-45 payment terms; confirmed both on the call.`,
      `Walked ${champion.first} and procurement through the order form. No blockers raised.`,
      `Commercials call. They accepted the 12-month term; discount within my band.`,
    ]),
  );
};

const checkin: Beat = (kit, day) => {
  const { rng, rep, champion } = kit;
  if (rng.chance(0.5)) {
    kit.meeting({
      purpose: 'checkin',
      start: kit.slot(rep, day),
      status: 'completed',
      attendees: [champion],
    });
  } else {
    kit.call(kit.at(rep, day), champion, say(rng, CHECKIN_NOTES, kit.vars()));
  }
};

const internalNote: Beat = (kit, day) =>
  kit.note(kit.at(kit.rep, day), say(kit.rng, INTERNAL_NOTES, kit.vars()));

function newBusinessBeats(kit: DealKit): Beat[] {
  const { rng } = kit;
  const stage = OPEN_STAGES.includes(kit.opp.stage as OpenStage) ? stageIndex(kit.opp.stage as OpenStage) : 4;
  const beats: Beat[] = [];
  if (stage <= 1 || rng.chance(0.6)) beats.push(intro);
  if (stage >= 1) beats.push(discovery);
  if (stage >= 2) beats.push(demo);
  if (stage >= 2 && rng.chance(0.3)) beats.push(questionAnswered);
  if (stage >= 2 && rng.chance(0.18)) beats.push(promiseKept);
  if (stage >= 3) beats.push(proposal);
  if (stage >= 4) beats.push(negotiation);
  if (rng.chance(0.15)) beats.splice(rng.int(1, beats.length), 0, internalNote);
  return beats;
}

function customerBeats(kit: DealKit): Beat[] {
  const beats: Beat[] = [checkin];
  if (kit.rng.chance(0.4)) beats.push(questionAnswered);
  if (kit.rng.chance(0.3)) beats.push(checkin);
  return beats;
}

/** Writes the closed lead-up between the deal's creation and `until` (inclusive). */
export function writeHistory(kit: DealKit, until: Day): void {
  const beats = kit.opp.type === 'new_business' ? newBusinessBeats(kit) : customerBeats(kit);
  const from = kit.opp.created;
  const span = Math.max(0, until - from);
  if (span < 2) return;
  beats.forEach((beat, i) => {
    const day = previousWorkday(from + Math.round((span * (i + 0.5)) / beats.length));
    beat(kit, Math.max(from, Math.min(until, day)), until);
  });
}
