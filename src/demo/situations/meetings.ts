/** Meetings: one missed or cancelled with nothing rebooked, one booked while a risk builds, one booked long ago. */
import { labelDate } from '../calendar.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { EXPECTED_DAYS, type OpenStage } from '../deal/stages.ts';
import { firstNudge, secondNudge } from '../phrasing/follow-ups.ts';
import { afterNoShow, theyCancel, theyConfirm, weBook, weProposeTime } from '../phrasing/meetings.ts';
import { COMPETITOR_MENTIONS, RISK_RESPONSES } from '../phrasing/risks.ts';
import { say } from '../phrasing/vars.ts';
import { localDay } from '../zoned-time.ts';
import { anyType, closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Discovery', 'Demo', 'Proposal'];

export const meetingMissed: Situation = {
  key: 'meeting_missed',
  verdict: 'act_now',
  actions: ['reschedule'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const meetingDay = kit.day(rng.int(1, 6));
    const bookedDay = meetingDay - rng.int(4, 10);
    placeInStage(kit, stage, today - bookedDay + rng.int(2, 6));
    closeIn(kit, 20, 70);
    historyBefore(kit, bookedDay - 1);
    const v = kit.vars();
    const start = kit.slot(rep, meetingDay);
    const t = kit.thread('scheduling');
    const ask = t.send(rep, {
      at: kit.at(rep, bookedDay),
      to: [champion],
      paragraphs: ours(
        rng,
        v,
        [
          weProposeTime(
            rng,
            kit.when(start, rep),
            rng.pick(
              kit.proposalSent
                ? ['the next session', 'the proposal walkthrough']
                : ['the next session', 'the demo'],
            ),
          ),
        ],
        0.3,
        0,
      ),
    });
    const ok = t.send(champion, {
      at: kit.after(champion, ask.at, 30, 60 * 8),
      paragraphs: [theyConfirm(rng, kit.when(start, champion))],
    });
    const cancelled = rng.chance(0.5);
    kit.meeting({
      purpose: stage === 'Discovery' ? 'discovery' : stage === 'Demo' ? 'demo' : 'proposal',
      start,
      status: cancelled ? 'cancelled' : 'no_show',
      attendees: [champion],
      booked: ok.at,
    });
    if (cancelled) {
      const cancelAt = kit.notAfter(kit.at(champion, meetingDay - rng.int(0, 1), 'morning'), start, 60);
      const c = t.send(champion, { at: cancelAt, paragraphs: [theyCancel(rng)], bare: rng.chance(0.4) });
      if (rng.chance(0.5))
        t.send(rep, {
          at: kit.after(rep, c.at, 10, 180),
          paragraphs: [
            rng.pick([
              'No problem at all. Let me know what works.',
              'Understood, hope all is OK. Send me a couple of times when things calm down.',
            ]),
          ],
          bare: true,
        });
    } else if (rng.chance(0.6)) {
      t.send(rep, { at: kit.after(rep, start, 40, 240), paragraphs: [afterNoShow(rng)] });
    }
    kit.label({
      verdict: 'act_now',
      actions: ['reschedule'],
      note: `the meeting on ${labelDate(localDay(start))} was ${cancelled ? 'cancelled by the customer' : 'a no-show'} and nothing new is booked`,
    });
  },
};

export const meetingBookedRisk: Situation = {
  key: 'meeting_booked_risk',
  verdict: 'monitor',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick<OpenStage>(['Demo', 'Proposal', 'Negotiation']);
    const v = kit.vars();
    const start = kit.upcoming(rep, rng.int(2, 9));
    if (rng.chance(0.5)) {
      // Booked, then silence: the meeting is still on, but our last two mails got no answer.
      const lastHeard = kit.day(rng.int(8, Math.min(13, EXPECTED_DAYS[stage] - 1)));
      placeInStage(kit, stage, today - lastHeard + rng.int(3, 8));
      closeIn(kit, 15, 60);
      historyBefore(kit, lastHeard - 1);
      const t = kit.thread('scheduling');
      const ask = t.send(rep, {
        at: kit.at(rep, lastHeard - 1),
        to: [champion],
        paragraphs: ours(
          rng,
          v,
          [weProposeTime(rng, kit.when(start, rep), 'going through the next steps')],
          0.3,
          0,
        ),
      });
      const ok = t.send(champion, {
        at: kit.notAfter(kit.after(champion, ask.at, 60, 60 * 20), kit.at(champion, lastHeard + 1)),
        paragraphs: [theyConfirm(rng, kit.when(start, champion))],
      });
      kit.meeting({
        purpose: 'proposal',
        start,
        status: 'scheduled',
        attendees: [champion],
        booked: kit.after(rep, ok.at, 10, 120),
      });
      const t2 = kit.thread('question');
      t2.send(rep, {
        at: kit.at(rep, kit.day(rng.int(5, 7))),
        to: [champion],
        paragraphs: ours(rng, v, [firstNudge(rng, v, kit.proposalSent)]),
      });
      t2.send(rep, {
        at: kit.at(rep, kit.day(rng.int(2, 4))),
        paragraphs: [secondNudge(rng, v)],
        bare: true,
      });
      kit.label({
        verdict: 'monitor',
        note: `meeting on ${labelDate(localDay(start))} is still booked, but ${champion.first} has not answered our last two emails`,
      });
      return;
    }
    // A competitor came up; we answered and a comparison session is booked.
    const raised = kit.day(rng.int(3, 8));
    placeInStage(kit, stage, today - raised + rng.int(3, 8));
    closeIn(kit, 15, 60);
    historyBefore(kit, raised - 1);
    const t = kit.thread(kit.standingSubject);
    const mention = t.send(champion, {
      at: kit.at(champion, raised),
      to: [rep],
      paragraphs: theirs(rng, v, [say(rng, COMPETITOR_MENTIONS, v)]),
    });
    const answer = t.send(rep, {
      at: kit.after(rep, mention.at, 60, 60 * 6),
      paragraphs: ours(rng, v, [say(rng, RISK_RESPONSES, v), `Does ${kit.when(start, rep)} work?`], 0, 0),
    });
    const ok = t.send(champion, {
      at: kit.after(champion, answer.at, 60, 60 * 20),
      paragraphs: [theyConfirm(rng, kit.when(start, champion))],
      bare: true,
    });
    kit.meeting({
      purpose: 'proposal',
      start,
      status: 'scheduled',
      attendees: [champion, kit.buyer],
      booked: kit.after(rep, ok.at, 10, 120),
    });
    kit.label({
      verdict: 'monitor',
      note: `${champion.first} is weighing ${kit.competitor}; we answered and a comparison meeting is booked for ${labelDate(localDay(start))}`,
    });
  },
};

export const quietMeetingBooked: Situation = {
  key: 'quiet_meeting_booked',
  verdict: 'no_action',
  actions: [],
  opportunityType: anyType,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick<OpenStage>(['Discovery', 'Demo', 'Proposal', 'Negotiation']);
    const bookedDay = kit.day(rng.int(15, 35));
    const start = kit.upcoming(rep, rng.int(2, 20));
    placeInStage(kit, stage, today - bookedDay + rng.int(2, 10));
    closeIn(kit, 30, 90);
    historyBefore(kit, bookedDay - 1);
    const v = kit.vars();
    const t = kit.thread('scheduling');
    const ask = t.send(champion, {
      at: kit.at(champion, bookedDay),
      to: [rep],
      paragraphs: theirs(rng, v, [
        rng.pick([
          `The whole team is tied up for the next few weeks. Could we do the next session on ${kit.when(start, champion)}?`,
          `Let's pick this up once our VP is back. I can do ${kit.when(start, champion)}; please send an invite.`,
          `Next step on our side is to get everyone in one room. ${kit.when(start, champion)} is the first slot that works for all of us.`,
        ]),
      ]),
    });
    const booked = t.send(rep, {
      at: kit.after(rep, ask.at, 20, 240),
      paragraphs: [weBook(rng, kit.when(start, rep))],
      bare: rng.chance(0.3),
    });
    kit.meeting({
      purpose: stage === 'Negotiation' ? 'negotiation' : stage === 'Proposal' ? 'proposal' : 'demo',
      start,
      status: 'scheduled',
      attendees: [champion, ...(rng.chance(0.5) ? [kit.buyer] : [])],
      booked: booked.at,
    });
    kit.opp.nextStep = rng.pick([
      'Next session with the full team',
      'Team review meeting',
      'Follow-up meeting',
    ]);
    kit.opp.nextStepDay = localDay(start);
    kit.label({
      verdict: 'no_action',
      note: `quiet since ${labelDate(bookedDay)} by agreement: the next meeting is booked for ${labelDate(localDay(start))}`,
    });
  },
};
