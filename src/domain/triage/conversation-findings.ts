/** Findings from the conversation itself: a no, a concern, promises, questions, requests to wait, meetings, people. */
import { parseDay } from '../dates/calendar.ts';
import { startOfLocalDay } from '../dates/zone.ts';
import { type DealEvidence, dayHasCome, daysHavePassed } from '../signals/deal-evidence.ts';
import type { CommitmentSignal, MeetingSignal } from '../signals/signal-schema.ts';
import type { Finding } from './finding.ts';
import type { SignalIndex } from './signal-index.ts';
import { authorName, day, daysSince, firstName, quote, recipientName } from './wording.ts';

const latest = <T>(xs: readonly T[], at: (x: T) => string): T | undefined =>
  xs.reduce<T | undefined>((best, x) => (!best || at(x) >= at(best) ? x : best), undefined);

export function lossFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const no = latest(
    s.of('risk').filter((r) => (r.type === 'loss' || r.type === 'pause') && r.state === 'open'),
    (r) => r.at,
  );
  if (!no) return [];
  const who = authorName(e, no.refs[0]?.id);
  const loss = no.type === 'loss';
  return [
    {
      stance: 'act',
      action: 'review_loss',
      ...(loss ? {} : { also: ['respond_to_risk' as const] }),
      because: loss
        ? `${who} said no on ${day(no.at)}${no.competitor ? ` (chose ${no.competitor})` : ''}: ${quote(no.text)}; review it and close the deal as lost`
        : `${who} put the project on hold with no date on ${day(no.at)}: ${quote(no.text)}`,
      reasoning: loss
        ? 'The customer declined and nothing since takes it back, so the open deal overstates the pipeline.'
        : 'An open-ended pause with no restart date is a likely loss; confirm it or find out what would restart it.',
      signals: [no],
      urgency: 0.7,
      risk: 1,
    },
  ];
}

export function concernFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const concerns = s
    .of('risk')
    .filter((r) => r.type === 'competitor' || r.type === 'pricing' || r.type === 'doubt');
  const open = concerns.filter((r) => r.state === 'open');
  const out: Finding[] = [];
  const worst = latest(open, (r) => r.at);
  if (worst) {
    const what =
      worst.type === 'competitor'
        ? worst.competitor
          ? `brought up ${worst.competitor}`
          : 'mentioned other vendors'
        : worst.type === 'pricing'
          ? 'pushed back on price'
          : 'raised a concern';
    out.push({
      stance: 'act',
      action: 'respond_to_risk',
      because: `${authorName(e, worst.refs[0]?.id)} ${what} on ${day(worst.at)} and we have not answered it: ${quote(worst.text)}`,
      reasoning: 'A competitor, price objection or doubt left unanswered hardens into a decision against us.',
      signals: open,
      urgency: 0.85,
      risk: worst.type === 'doubt' ? 0.5 : 0.6,
    });
  }
  const answered = concerns.filter(
    (r) => r.state === 'addressed' && !daysHavePassed(e, Date.parse(r.at), e.config.riskMemoryDays),
  );
  if (!worst && answered.length > 0) {
    const a = latest(answered, (r) => r.at)!;
    out.push({
      stance: 'watch',
      because: `${authorName(e, a.refs[0]?.id)} raised ${a.competitor ?? (a.type === 'pricing' ? 'price' : 'a concern')} on ${day(a.at)}; we answered, keep an eye on it`,
      reasoning: `A concern answered within the last ${e.config.riskMemoryDays} days is still in play.`,
      signals: answered,
      urgency: 0.3,
      risk: 0.4,
    });
  }
  return out;
}

const dueEnd = (e: DealEvidence, c: CommitmentSignal) => startOfLocalDay(parseDay(c.dueOn) + 1, e.zone);

export function promiseFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const out: Finding[] = [];
  for (const c of s.of('commitment')) {
    if (c.party !== 'us' || c.state !== 'open') continue;
    const who = recipientName(e, c.refs[0]?.id);
    if (e.gate.reached(dueEnd(e, c))) {
      const late = Math.max(1, daysSince(e, c.dueOn));
      // A missed promise to check back is a missed restart, not a missing deliverable.
      const deferred = s
        .of('deferral')
        .some((d) => Date.parse(d.askedAt) <= Date.parse(c.madeAt) || d.state === 'waiting');
      const action = c.followUp ? (deferred ? 'resume_after_deferral' : 're_engage') : 'deliver_commitment';
      out.push({
        stance: 'act',
        action,
        ...(c.followUp ? { also: ['deliver_commitment' as const] } : {}),
        because: `You told ${who} you would ${c.what} by ${day(c.dueOn)}${c.dueText ? '' : ' (no date given; a few working days)'}; nothing has gone out (${late} day${late === 1 ? '' : 's'} late)`,
        reasoning:
          'No later email, meeting or done task of ours delivers what was promised, and the day it was due has passed.',
        signals: [c],
        urgency: Math.min(1, 0.85 + late / 100),
        risk: 0.5,
      });
    } else {
      const farFollowUp = c.followUp && parseDay(c.dueOn) - parseDay(c.madeAt) >= e.config.followUpWaitDays;
      out.push({
        stance: farFollowUp ? 'watch' : 'fine',
        because: `You told ${who} you would ${c.what} by ${day(c.dueOn)}`,
        reasoning: 'A promise not yet due is the next step, not a problem.',
        signals: [c],
        ...(farFollowUp ? { resumeOn: c.dueOn } : {}),
        urgency: 0.3,
        risk: 0.1,
      });
    }
  }
  return out;
}

export function requestFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  // Someone who has left cannot be answered; finding their successor is the step (a people finding).
  const gone = new Set(
    s
      .of('stakeholder')
      .filter((p) => p.change === 'left_company' || p.change === 'bounced' || p.change === 'handed_off')
      .map((p) => p.email),
  );
  const open = s
    .of('customer_request')
    .filter((r) => r.state === 'open' && !(r.askedBy && gone.has(r.askedBy)));
  if (open.length === 0) return [];
  const first = open[0]!;
  const who = firstName(e, first.askedBy);
  const missed = s
    .of('meeting')
    .some((m) => (m.status === 'missed' || m.status === 'cancelled') && !m.rebookedBy);
  const onlyScheduling = open.every((r) => r.topic === 'scheduling');
  const expansion = open.some((r) => r.topic === 'expansion');
  const more = open.length > 1 ? ` (and ${open.length - 1} more)` : '';
  return [
    {
      stance: 'act',
      action: onlyScheduling && missed ? 'reschedule' : 'answer_customer',
      ...(expansion ? { also: ['propose_expansion' as const] } : {}),
      because: `${who} asked on ${day(first.askedAt)}${more} and has no answer yet: ${quote(first.text)}`,
      reasoning:
        'No later reply, call or meeting of ours deals with what was asked; a later email that ignores it does not count.',
      signals: open,
      urgency: Math.min(1, 0.85 + daysSince(e, first.askedAt) / 100),
      risk: 0.4,
    },
  ];
}

/** Waits the customer set: a deferral, a review with an end date, an out-of-office. The latest asked governs. */
export function waitFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const waiting = s.of('deferral').filter((d) => d.state === 'waiting');
  const wait = latest(waiting, (d) => d.askedAt);
  if (!wait) return [];
  const who = authorName(e, wait.refs[0]?.id);
  const because =
    wait.cause === 'out_of_office'
      ? `${who} is out of office until ${day(wait.resumeOn)}`
      : wait.cause === 'in_review'
        ? `${who} said their side needs until ${day(wait.resumeOn)}: ${quote(wait.reason)}`
        : `${who} asked to wait until ${day(wait.resumeOn)}: ${quote(wait.reason)}`;
  if (dayHasCome(e, parseDay(wait.resumeOn))) {
    return [
      {
        stance: 'act',
        action: 'resume_after_deferral',
        also: ['re_engage'],
        because: `${because}; that day has come and nobody has picked it back up`,
        reasoning: 'The wait the customer asked for is over and no one has reached out since.',
        signals: [wait],
        resumeOn: wait.resumeOn,
        urgency: 0.8,
        risk: 0.3,
      },
    ];
  }
  return [
    {
      stance: 'watch',
      because: `${because}; come back on ${day(wait.resumeOn)}`,
      reasoning:
        'A quiet deal with a stated reason and date is waiting, not stalled: reaching out before then would nag.',
      signals: [wait],
      resumeOn: wait.resumeOn,
      urgency: 0.2,
      risk: 0.2,
    },
  ];
}

/** The customer's own promises: the next move is theirs until the day passes, then it is ours to chase. */
export function theirPromiseFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const open = s.of('commitment').filter((c) => c.party === 'them' && c.state === 'open' && c.dueText);
  const promise = latest(open, (c) => c.madeAt);
  if (!promise) return [];
  const who = authorName(e, promise.refs[0]?.id);
  const said = `${who} said ${quote(promise.span?.text ?? promise.what, 90)}`;
  if (e.gate.reached(startOfLocalDay(parseDay(promise.dueOn) + 1, e.zone))) {
    return [
      {
        stance: 'act',
        action: 're_engage',
        also: ['resume_after_deferral'],
        because: `${said}, due ${day(promise.dueOn)}; nothing has come back`,
        reasoning: 'Their promise, not ours, is late: chase it before the silence sets in.',
        signals: [promise],
        urgency: 0.7,
        risk: 0.4,
      },
    ];
  }
  return [
    {
      stance: 'watch',
      because: `${said}; wait until ${day(promise.dueOn)}`,
      reasoning: 'The next move is the customer’s and it is not late: the deal waits on a known date.',
      signals: [promise],
      resumeOn: promise.dueOn,
      urgency: 0.15,
      risk: 0.15,
    },
  ];
}

export function meetingFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const meetings = s.of('meeting');
  const booked = meetings.filter((m) => m.status === 'booked');
  const out: Finding[] = [];
  const next = booked.reduce<MeetingSignal | undefined>(
    (b, m) => (!b || m.startsAt < b.startsAt ? m : b),
    undefined,
  );
  if (next) {
    out.push({
      stance: 'fine',
      because: `${next.subject ?? 'A meeting'} is booked for ${day(next.startsAt)}`,
      reasoning: 'A booked meeting is the next step; silence until then is expected.',
      signals: [next],
      urgency: 0.1,
      risk: 0.1,
    });
  }
  const dropped = latest(
    meetings.filter((m) => (m.status === 'missed' || m.status === 'cancelled') && !m.rebookedBy),
    (m) => m.startsAt,
  );
  const customerSince =
    dropped &&
    e.timeline.some(
      (r) =>
        r.party === 'them' &&
        !r.automated &&
        r.activity.type === 'email' &&
        r.at > Date.parse(dropped.startsAt),
    );
  if (dropped && !next && !customerSince) {
    out.push({
      stance: 'act',
      action: 'reschedule',
      because: `${dropped.subject ?? 'The meeting'} on ${day(dropped.startsAt)} was ${dropped.status === 'missed' ? 'missed' : 'cancelled'} and nothing new is booked`,
      reasoning: 'A dropped meeting with no new date loses the deal its momentum.',
      signals: [dropped],
      urgency: 0.8,
      risk: 0.4,
    });
  }
  return out;
}

export function peopleFindings(_e: DealEvidence, s: SignalIndex): Finding[] {
  const gone = s
    .of('stakeholder')
    .filter(
      (p) =>
        (p.change === 'left_company' || p.change === 'bounced' || p.change === 'handed_off') &&
        p.key &&
        p.replacedBy.length === 0,
    );
  if (gone.length === 0) return [];
  const p = gone[0]!;
  const role = p.role ? ` (${p.role.replace('_', ' ')})` : '';
  return [
    {
      stance: 'act',
      action: 'multithread',
      because: `${p.name ?? p.email}${role} ${p.change === 'bounced' ? 'no longer receives our mail' : p.change === 'handed_off' ? 'has handed the deal off' : 'has left'}; nobody else on their side is engaged`,
      reasoning:
        'The person carrying the deal is gone; without another stakeholder the deal has no one to move it.',
      signals: gone,
      urgency: 0.8,
      risk: 0.7,
    },
  ];
}
