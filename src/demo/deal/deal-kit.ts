/**
 * Everything a situation needs to write one deal: its people, clock, opportunity draft, activities, usage and
 * label. Situations call the kit; the kit keeps ids, time zones and formats right.
 */
import type { Label } from '../../domain/labels/labels-schema.ts';
import type { Activity, Contact, Opportunity, UsagePoint } from '../../domain/workspace/workspace-schema.ts';
import type { CustomerAccount } from '../accounts/accounts.ts';
import {
  type Day,
  isoFromDay,
  mondayOf,
  monthDay,
  nextWorkday,
  ordinal,
  previousWorkday,
  weekdayName,
  ymd,
} from '../calendar.ts';
import { SELLER } from '../catalog/seller.ts';
import { DEMO_CONFIG } from '../demo-config.ts';
import type { Person } from '../people/person.ts';
import type { RepProfile } from '../people/team.ts';
import { INJECTION_LINES } from '../phrasing/injections.ts';
import { MEETING_TITLES, type MeetingPurpose } from '../phrasing/meetings.ts';
import { SUBJECTS, type SubjectKind } from '../phrasing/subjects.ts';
import type { Vars } from '../phrasing/vars.ts';
import type { Rng } from '../random.ts';
import { atLocal, clockTime, isoUtc, localDay, localMinuteOfDay, type Moment } from '../zoned-time.ts';
import { DealBuilder } from './deal-builder.ts';
import { stagePath } from './stages.ts';
import { Thread } from './thread.ts';
import { type UsageShape, usageSeries } from './usage-series.ts';

export interface DealIds {
  readonly account: string;
  readonly opportunity: string;
  readonly activityPrefix: string;
  readonly threadPrefix: string;
}

/** The opportunity while a situation shapes it; turned into the record by `finish`. */
export interface OpportunityDraft {
  name: string;
  type: Opportunity['type'];
  stage: string;
  amount: number;
  currency: string;
  plan: string;
  seats: number;
  created: Day;
  stageEntered: Day;
  closeDay: Day;
  nextStep?: string;
  nextStepDay?: Day;
  closed?: 'won' | 'lost';
  contractEnd?: Day;
  licensedSeats?: number;
}

/** One generated deal: the records it adds to the world, and its label when it is open. */
export interface DealRecord {
  readonly situation: string;
  readonly account: CustomerAccount['account'];
  readonly contacts: readonly Contact[];
  readonly opportunity: Opportunity;
  readonly activities: readonly Activity[];
  readonly usage: readonly UsagePoint[];
  readonly label?: Label;
}

type Window = 'morning' | 'business' | 'evening';

const MINUTE = 60_000;
const DAY = 86_400_000;

export class DealKit {
  readonly deal = new DealBuilder();
  readonly today: Day;
  readonly rep: Person;
  readonly manager: Person;
  readonly champion: Person;
  readonly buyer: Person;
  /** Contacts besides the champion and the economic buyer. */
  readonly others: readonly Person[];
  private threads = 0;
  private labelValue: Label | undefined;
  private usagePoints: UsagePoint[] = [];
  private injectionPending: boolean;
  private injected = false;

  constructor(
    readonly rng: Rng,
    readonly asOf: Moment,
    readonly repProfile: RepProfile,
    readonly customer: CustomerAccount,
    readonly ids: DealIds,
    readonly opp: OpportunityDraft,
    readonly competitor: string,
    injection: boolean,
  ) {
    this.rep = repProfile.person;
    this.manager = repProfile.manager;
    this.today = localDay({ utcMs: asOf.utcMs, tz: this.rep.tz });
    const [champion, buyer, ...others] = customer.people;
    if (!champion || !buyer) throw new Error('an account needs a champion and an economic buyer');
    this.champion = champion;
    this.buyer = buyer;
    this.others = others;
    this.injectionPending = injection;
  }

  vars(contact: Person = this.champion): Vars {
    return {
      rep: this.rep,
      contact,
      company: this.customer.account.name,
      seller: SELLER.name,
      plan: this.opp.plan,
      industry: this.customer.industry.name,
      seats: this.opp.seats,
      competitor: this.competitor,
    };
  }

  /** Whether the deal is far enough along for a proposal to exist; mail before that must not mention one. */
  get proposalSent(): boolean {
    return this.opp.stage === 'Proposal' || this.opp.stage === 'Negotiation' || this.opp.closed !== undefined;
  }

  /** What this deal's customer could plausibly ask about now. */
  get topicContext(): { proposalSent: boolean; existingCustomer: boolean } {
    return { proposalSent: this.proposalSent, existingCustomer: this.opp.type !== 'new_business' };
  }

  /** A subject for a thread about where the deal stands: the proposal once there is one, else a check-in. */
  get standingSubject(): SubjectKind {
    return this.proposalSent ? 'proposal' : this.rng.pick(['checkin', 'recap', 'question'] as const);
  }

  /** A contact other than the champion, preferring a role; the economic buyer when nobody else fits. */
  other(...roles: Array<Person['role']>): Person {
    return this.others.find((p) => roles.includes(p.role)) ?? this.others[0] ?? this.buyer;
  }

  // ---- time ----------------------------------------------------------------------------------------------

  /** The workday `n` days before today (n >= 1), moved back off a weekend. */
  day(n: number): Day {
    return previousWorkday(this.today - Math.max(1, n));
  }

  /** A local time on `day` for `person`, always before "now". */
  at(person: Person, day: Day, window: Window = 'business'): Moment {
    const minute =
      window === 'morning'
        ? this.rng.int(7 * 60 + 30, 11 * 60 + 45)
        : window === 'evening'
          ? this.rng.int(19 * 60 + 30, 23 * 60 + 40)
          : this.rng.int(8 * 60, 18 * 60 + 30);
    return this.beforeNow(atLocal(person.tz, day, minute));
  }

  /**
   * A reply a little after `m`, written by `person` in their own zone. Replies that would land in the middle of the
   * writer's night wait for their morning; a reply never moves before the message it answers, nor past "now".
   */
  after(person: Person, m: Moment, minMinutes: number, maxMinutes: number): Moment {
    const limit = this.asOf.utcMs - 30 * MINUTE;
    const plain: Moment = { utcMs: m.utcMs + this.rng.int(minMinutes, maxMinutes) * MINUTE, tz: person.tz };
    let at = plain;
    const minute = localMinuteOfDay(plain);
    if (minute < 7 * 60 || minute > 22 * 60 + 30) {
      const day = localDay(plain) + (minute > 22 * 60 + 30 ? 1 : 0);
      at = atLocal(person.tz, day, this.rng.int(7 * 60 + 20, 9 * 60 + 40));
    }
    if (at.utcMs >= limit) at = plain;
    if (at.utcMs >= limit) at = { utcMs: Math.max(m.utcMs + MINUTE, limit - MINUTE), tz: person.tz };
    return at;
  }

  /** `m`, or earlier if needed, so that it comes at least `gapMinutes` before `next`. */
  notAfter(m: Moment, next: Moment, gapMinutes = 120): Moment {
    const latest = next.utcMs - gapMinutes * MINUTE;
    return m.utcMs <= latest ? m : { utcMs: latest, tz: m.tz };
  }

  /**
   * A meeting start on a workday `daysAhead` from today, on the hour or half hour, at a time that is office hours
   * for the organizer and, when it can be, for the champion too.
   */
  upcoming(person: Person, daysAhead: number): Moment {
    return this.meetingSlot(person, nextWorkday(this.today + Math.max(1, daysAhead)));
  }

  /** A past meeting start on `day`, on the hour or half hour. */
  slot(person: Person, day: Day): Moment {
    return this.beforeNow(this.meetingSlot(person, day));
  }

  private meetingSlot(person: Person, day: Day): Moment {
    let best: Moment | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 12; attempt++) {
      const at = atLocal(person.tz, day, this.rng.int(16, 35) * 30);
      const guest = localMinuteOfDay({ utcMs: at.utcMs, tz: this.champion.tz });
      const distance = guest < 8 * 60 ? 8 * 60 - guest : guest > 18 * 60 ? guest - 18 * 60 : 0;
      if (distance === 0) return at;
      if (distance < bestDistance) {
        best = at;
        bestDistance = distance;
      }
    }
    return best ?? atLocal(person.tz, day, 10 * 60);
  }

  /** How a person names a meeting time in mail, always with its date: "Thursday, March 19 at 10:30 AM". */
  when(m: Moment, person: Person): string {
    const local = { utcMs: m.utcMs, tz: person.tz };
    const day = localDay(local);
    const time = clockTime(local, person.style.twelveHour);
    return this.rng.pick([
      `${weekdayName(day)} the ${ordinal(ymd(day).date)} at ${time}`,
      `${weekdayName(day)}, ${monthDay(day, person.style.dateStyle)} at ${time}`,
      `${monthDay(day, person.style.dateStyle)} at ${time}`,
    ]);
  }

  private beforeNow(m: Moment): Moment {
    const limit = this.asOf.utcMs - 30 * MINUTE;
    let at = m;
    while (at.utcMs >= limit) at = { utcMs: at.utcMs - DAY, tz: at.tz };
    return at;
  }

  // ---- activities ----------------------------------------------------------------------------------------

  thread(kind: SubjectKind): Thread {
    this.threads += 1;
    const subject = this.rng
      .pick(SUBJECTS[kind])
      .replace('{seller}', SELLER.name.split(' ')[0] ?? SELLER.name)
      .replace('{company}', this.customer.account.name);
    return new Thread(
      this.deal,
      this.rng,
      `${this.ids.threadPrefix}-${this.threads}`,
      subject,
      (from, paragraphs) => this.inject(from, paragraphs),
    );
  }

  /** Puts the deal's prompt-injection line (if it has one) into one customer mail, never into ours. */
  private inject(from: Person, paragraphs: string[]): string[] {
    if (!this.injectionPending || from.side !== 'customer' || !this.rng.chance(0.5)) return paragraphs;
    this.injectionPending = false;
    this.injected = true;
    const out = [...paragraphs];
    out.splice(this.rng.int(1, out.length), 0, this.rng.pick(INJECTION_LINES));
    return out;
  }

  meeting(o: {
    purpose: MeetingPurpose;
    start: Moment;
    status: 'scheduled' | 'completed' | 'no_show' | 'cancelled';
    attendees: readonly Person[];
    booked?: Moment;
    body?: string;
  }): void {
    const subject = this.rng
      .pick(MEETING_TITLES[o.purpose])
      .replace('{seller}', SELLER.name.split(' ')[0] ?? SELLER.name)
      .replace('{company}', this.customer.account.name);
    this.deal.add({
      type: 'meeting',
      at: o.status === 'scheduled' && o.booked ? o.booked : o.start,
      utc: true,
      from: this.rep.email,
      to: o.attendees.map((p) => p.email),
      subject,
      ...(o.body ? { body: o.body } : {}),
      startsAt: o.start,
      status: o.status,
    });
  }

  call(at: Moment, with_: Person, notes: string): void {
    this.deal.add({
      type: 'call',
      at,
      direction: 'outbound',
      from: this.rep.email,
      to: [with_.email],
      subject: `Call with ${with_.name}`,
      body: notes,
    });
  }

  note(at: Moment, text: string): void {
    this.deal.add({ type: 'note', at, direction: 'internal', from: this.rep.email, body: text });
  }

  task(created: Moment, subject: string, due: Moment, status: 'open' | 'done'): void {
    this.deal.add({
      type: 'task',
      at: created,
      utc: true,
      from: this.rep.email,
      subject,
      dueAt: due,
      status,
    });
  }

  // ---- account state -------------------------------------------------------------------------------------

  setContactStatus(person: Person, status: Contact['status']): void {
    const contact = this.customer.contacts.find((c) => c.id === person.id);
    if (contact && status) contact.status = status;
  }

  get hasUsage(): boolean {
    return this.usagePoints.length > 0;
  }

  usage(shape: UsageShape): void {
    const seats = this.opp.licensedSeats ?? this.opp.seats;
    const weeks = this.rng.int(DEMO_CONFIG.usageWeeks[0], DEMO_CONFIG.usageWeeks[1]);
    // The last complete week: the Monday a week before this week's Monday.
    const lastPeriod = mondayOf(this.today) - 7;
    this.usagePoints = usageSeries(
      this.rng,
      this.customer.account.id,
      { shape, licensedSeats: seats, lastPeriod, weeks },
      { seats: shape === 'at_limit' || this.rng.chance(0.7), events: this.rng.chance(0.4) },
    );
  }

  label(label: Omit<Label, 'opportunityId'>): void {
    this.labelValue = { opportunityId: this.ids.opportunity, ...label };
  }

  // ---- the record ----------------------------------------------------------------------------------------

  /** CRM system times (creation, stage changes) in UTC, during the rep's working morning. */
  private stamp(day: Day): string {
    return isoUtc(atLocal(this.rep.tz, day, 9 * 60 + (day % 7) * 37));
  }

  finish(situation: string): DealRecord {
    const o = this.opp;
    const opportunity: Opportunity = {
      id: this.ids.opportunity,
      accountId: this.ids.account,
      ownerId: this.repProfile.user.id,
      name: o.name,
      type: o.type,
      stage: o.stage,
      amount: o.amount,
      currency: o.currency,
      createdAt: this.stamp(o.created),
      closeDate: isoFromDay(o.closeDay),
    };
    if (o.nextStep) opportunity.nextStep = o.nextStep;
    if (o.nextStepDay !== undefined) opportunity.nextStepDate = isoFromDay(o.nextStepDay);
    if (o.closed) {
      opportunity.isClosed = true;
      opportunity.isWon = o.closed === 'won';
    }
    opportunity.stageHistory = stagePath(this.rng, o.created, o.stage, o.stageEntered).map((s) => ({
      stage: s.stage,
      enteredAt: this.stamp(s.day),
    }));
    if (o.contractEnd !== undefined) opportunity.contractEndDate = isoFromDay(o.contractEnd);
    if (o.licensedSeats !== undefined) opportunity.licensedSeats = o.licensedSeats;

    const label =
      this.labelValue && this.injected
        ? {
            ...this.labelValue,
            note: `${this.labelValue.note ?? ''}; an inbound email carries a prompt-injection line, which changes nothing`,
          }
        : this.labelValue;
    if (!o.closed && !label) throw new Error(`situation ${situation} left an open deal without a label`);
    if (this.deal.latest() >= this.asOf.utcMs)
      throw new Error(`situation ${situation} wrote an activity after now`);
    return {
      situation,
      account: this.customer.account,
      contacts: this.customer.contacts,
      opportunity,
      activities: this.deal.build(this.ids.activityPrefix, this.ids.account, this.ids.opportunity),
      usage: this.usagePoints,
      ...(label && !o.closed ? { label } : {}),
    };
  }
}
