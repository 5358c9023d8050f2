/** Which reps' morning runs are due: a local time on the rep's working days, once per local day. */

export type ScheduledRep = { id: string; timezone?: string | undefined };
export type DueRun = { repId: string; localDate: string; dedupeKey: string };

const WEEKDAYS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);

function localParts(instant: Date, timeZone: string): { date: string; time: string; weekday: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: parts.weekday ?? '',
  };
}

function validZone(zone: string | undefined, fallback: string): string {
  if (!zone) return fallback;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

/**
 * Reps whose local time has passed `at` today, on a weekday. A worker that starts late still runs today's mission
 * (catch-up); the dedupe key makes a second trigger the same local day a no-op.
 */
export function dueMorningRuns(
  now: Date,
  reps: readonly ScheduledRep[],
  at: string,
  fallbackZone = 'UTC',
): DueRun[] {
  return reps.flatMap((rep) => {
    const local = localParts(now, validZone(rep.timezone, fallbackZone));
    if (!WEEKDAYS.has(local.weekday) || local.time < at) return [];
    return [{ repId: rep.id, localDate: local.date, dedupeKey: `schedule:${rep.id}:${local.date}` }];
  });
}
