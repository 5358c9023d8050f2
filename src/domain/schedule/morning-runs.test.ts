import { describe, expect, it } from 'vitest';
import { dueMorningRuns } from './morning-runs.ts';

const reps = [
  { id: 'u-ny', timezone: 'America/New_York' },
  { id: 'u-berlin', timezone: 'Europe/Berlin' },
];

describe('morning runs', () => {
  it("is due once the rep's own clock passes 07:00 on a working day", () => {
    // Tuesday 2026-03-03 11:30 UTC: 06:30 in New York, 12:30 in Berlin.
    const due = dueMorningRuns(new Date('2026-03-03T11:30:00Z'), reps, '07:00');
    expect(due).toEqual([
      { repId: 'u-berlin', localDate: '2026-03-03', dedupeKey: 'schedule:u-berlin:2026-03-03' },
    ]);
    const later = dueMorningRuns(new Date('2026-03-03T12:05:00Z'), reps, '07:00');
    expect(later.map((d) => d.repId)).toEqual(['u-ny', 'u-berlin']);
  });

  it('gives the same key to two triggers on the same local day', () => {
    const a = dueMorningRuns(new Date('2026-03-03T12:05:00Z'), reps, '07:00');
    const b = dueMorningRuns(new Date('2026-03-03T20:00:00Z'), reps, '07:00');
    expect(b.map((d) => d.dedupeKey)).toEqual(a.map((d) => d.dedupeKey));
  });

  it("skips weekends in the rep's time zone, not in UTC", () => {
    // Saturday 00:30 in Berlin is still Friday 23:30 UTC.
    expect(dueMorningRuns(new Date('2026-03-06T23:30:00Z'), [reps[1]!], '07:00')).toEqual([]);
    // Friday evening in New York is Saturday in UTC: still a working day for the rep.
    expect(dueMorningRuns(new Date('2026-03-07T01:00:00Z'), [reps[0]!], '07:00')).toHaveLength(1);
  });

  it('falls back to UTC for a rep with no or an unknown time zone', () => {
    const due = dueMorningRuns(
      new Date('2026-03-03T07:01:00Z'),
      [{ id: 'u-x' }, { id: 'u-y', timezone: 'Mars/Olympus' }],
      '07:00',
    );
    expect(due.map((d) => d.repId)).toEqual(['u-x', 'u-y']);
  });
});
