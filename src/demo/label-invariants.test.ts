/**
 * The labels are true by construction; these checks read the generated records back, the way a reviewer would, and
 * confirm that each label's facts are in the data (and that the data does not hint at actions the label lacks).
 */
import { describe, expect, it } from 'vitest';
import type { Label } from '../domain/labels/labels-schema.ts';
import type { Activity, Opportunity, UsagePoint } from '../domain/workspace/workspace-schema.ts';
import { dayFromIso, isoFromDay } from './calendar.ts';
import { generateDemoWorld } from './generate-demo-world.ts';
import { readDate } from './test-support/read-date.ts';

const world = generateDemoWorld({ reps: 10, oppsPerRep: 100, seed: 3 });
const ws = world.workspace;
const today = dayFromIso(ws.asOf.slice(0, 10));
const activitiesOf = groupBy(ws.activities, (a) => a.opportunityId ?? '');
const usageOf = groupBy(ws.usage ?? [], (u) => u.accountId);
const labelOf = new Map(world.labels.labels.map((l) => [l.opportunityId, l]));
const open = ws.opportunities.filter((o) => !o.isClosed);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item)) ?? [];
    list.push(item);
    out.set(key(item), list);
  }
  return out;
}

/** The part of a mail body above any quoted message. */
const ownText = (body: string): string =>
  body.split(/\n(?:On .*wrote:|________________________________|-----Original Message-----)/)[0] ?? '';

const series = (points: readonly UsagePoint[] | undefined, metric: string): number[] =>
  (points ?? []).filter((p) => p.metric === metric).map((p) => p.value);
const has = (l: Label | undefined, action: string): boolean => l?.actions?.includes(action as never) ?? false;
const withLabel = (pred: (l: Label, o: Opportunity) => boolean): Opportunity[] =>
  open.filter((o) => {
    const l = labelOf.get(o.id);
    return l !== undefined && pred(l, o);
  });

/** Active users in the last week against the average of the first four: 0.6 means a 40% drop. */
function lastVsStart(points: readonly UsagePoint[] | undefined): number {
  const active = series(points, 'active_users');
  const start = active.slice(0, 4).reduce((s, v) => s + v, 0) / 4;
  return (active.at(-1) ?? 0) / start;
}

describe('the labels agree with the records', () => {
  it('gives a deferral monitor a resume date in the future, and a due deferral one that has come', () => {
    for (const o of withLabel((l) => l.verdict === 'monitor' && l.resumeOn !== undefined)) {
      expect(dayFromIso(labelOf.get(o.id)?.resumeOn ?? '')).toBeGreaterThan(today - 1);
    }
    expect(withLabel((l) => has(l, 'resume_after_deferral')).length).toBeGreaterThan(10);
  });

  it('dates each deferral from the words in the customer’s mail, read on its local date in the writer’s zone', () => {
    let checked = 0;
    for (const o of open) {
      const label = labelOf.get(o.id);
      const quoted = label?.note?.match(/\("(.+?)"\)/)?.[1];
      if (!label || !quoted || (label.verdict !== 'monitor' && !has(label, 'resume_after_deferral')))
        continue;
      const mail = (activitiesOf.get(o.id) ?? []).find(
        (a) => a.direction === 'inbound' && ownText(a.body ?? '').includes(quoted),
      );
      expect(mail).toBeDefined();
      // The offset in occurredAt is the writer's, so its first ten characters are the writer's local date.
      const resume = readDate(quoted, dayFromIso(mail?.occurredAt.slice(0, 10) ?? ''));
      if (label.verdict === 'monitor') expect(label.resumeOn).toBe(isoFromDay(resume ?? -1));
      else expect(resume ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(today);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('only asks to fix the CRM when the close date has passed or the customer already signed', () => {
    const fixes = withLabel((l) => has(l, 'fix_crm'));
    expect(fixes.length).toBeGreaterThan(10);
    for (const o of fixes) {
      const signed = (activitiesOf.get(o.id) ?? []).some(
        (a) => a.direction === 'inbound' && /sign|executed|countersigned/i.test(a.body ?? ''),
      );
      expect(dayFromIso(o.closeDate) < today || signed).toBe(true);
    }
  });

  it('keeps every other open deal’s close date in the future', () => {
    for (const o of withLabel((l) => !has(l, 'fix_crm')))
      expect(dayFromIso(o.closeDate)).toBeGreaterThanOrEqual(today);
  });

  it('starts renewals only for contracts ending within 90 days, and leaves none of those without talks or a label', () => {
    const starts = withLabel((l) => has(l, 'start_renewal'));
    expect(starts.length).toBeGreaterThan(10);
    for (const o of starts) {
      expect(o.type).toBe('renewal');
      expect(dayFromIso(o.contractEndDate ?? '') - today).toBeLessThanOrEqual(90);
    }
    for (const o of withLabel((l) => !has(l, 'start_renewal'))) {
      if (o.type !== 'renewal' || dayFromIso(o.contractEndDate ?? '9999-12-31') - today > 90) continue;
      const recent = (activitiesOf.get(o.id) ?? []).some(
        (a) => today - dayFromIso(a.occurredAt.slice(0, 10)) <= 21,
      );
      expect(recent).toBe(true);
    }
  });

  it('calls a usage drop only on a sharp fall, and never lets a sharp fall go unlabelled', () => {
    expect(withLabel((l) => has(l, 'address_usage_drop')).length).toBeGreaterThan(10);
    for (const o of open) {
      const ratio = lastVsStart(usageOf.get(o.accountId));
      if (Number.isNaN(ratio) || series(usageOf.get(o.accountId), 'active_users').length === 0) continue;
      const drop = has(labelOf.get(o.id), 'address_usage_drop');
      if (drop) expect(ratio).toBeLessThan(0.7);
      else expect(ratio).toBeGreaterThan(0.8);
    }
  });

  it('proposes expansion when seats run out or the customer asks, and shows full seats nowhere else', () => {
    for (const o of open) {
      const seats = series(usageOf.get(o.accountId), 'seats_used');
      const full =
        o.licensedSeats !== undefined && seats.length > 0 && (seats.at(-1) ?? 0) >= o.licensedSeats;
      const label = labelOf.get(o.id);
      if (full) expect(has(label, 'propose_expansion')).toBe(true);
      if (has(label, 'propose_expansion') && !has(label, 'answer_customer')) expect(full).toBe(true);
    }
  });

  it('asks to reschedule only after a missed or cancelled meeting with nothing booked since', () => {
    const reschedules = withLabel((l) => has(l, 'reschedule'));
    expect(reschedules.length).toBeGreaterThan(10);
    for (const o of reschedules) {
      const meetings = (activitiesOf.get(o.id) ?? []).filter((a) => a.type === 'meeting');
      expect(meetings.some((m) => m.status === 'no_show' || m.status === 'cancelled')).toBe(true);
      expect(meetings.some((m) => m.status === 'scheduled')).toBe(false);
    }
  });

  it('treats a deal with a booked meeting and weeks of quiet as fine, as a manager would', () => {
    const quietButBooked = withLabel((l, o) => {
      const acts = activitiesOf.get(o.id) ?? [];
      const last = Math.max(...acts.map((a) => Date.parse(a.occurredAt)));
      return (
        l.verdict === 'no_action' &&
        Date.parse(ws.asOf) - last > 14 * 86_400_000 &&
        acts.some((a: Activity) => a.status === 'scheduled')
      );
    });
    expect(quietButBooked.length).toBeGreaterThan(10);
  });

  it('makes the naive baseline (re_engage after 14 quiet days, else no action) wrong on a good share of deals', () => {
    const now = Date.parse(ws.asOf);
    let wrong = 0;
    for (const o of open) {
      const label = labelOf.get(o.id);
      const last = Math.max(0, ...(activitiesOf.get(o.id) ?? []).map((a) => Date.parse(a.occurredAt)));
      const quiet = now - last > 14 * 86_400_000;
      const right = quiet
        ? label?.verdict === 'act_now' && has(label, 're_engage')
        : label?.verdict === 'no_action';
      if (!right) wrong += 1;
    }
    expect(wrong / open.length).toBeGreaterThan(0.4);
  });

  it('marks a gone champion: a bounce, an auto-reply saying they left, a CRM status, or weeks of silence', () => {
    const multithreads = withLabel((l) => has(l, 'multithread'));
    expect(multithreads.length).toBeGreaterThan(10);
    for (const o of multithreads) {
      const acts = activitiesOf.get(o.id) ?? [];
      const gone = acts.some(
        (a) =>
          /no longer|left|not found|does not exist|failed|unknown|No such user/i.test(a.body ?? '') &&
          a.direction === 'inbound',
      );
      const silent = has(labelOf.get(o.id), 're_engage');
      expect(gone || silent).toBe(true);
    }
  });
});
