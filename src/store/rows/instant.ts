/** ISO 8601 instants with the writer's own UTC offset kept, so a message's local day survives a round trip. */

const OFFSET = /(?:([zZ])|([+-])(\d{2}):?(\d{2})?)$/;

/** Minutes east of UTC written in an ISO date-time (`-05:00` → -300, `Z` → 0). */
export function offsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso);
  if (!m || m[1]) return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[2] === '-' ? -minutes : minutes;
}

export function parseInstant(iso: string): Date {
  return new Date(iso.replace(' ', 'T'));
}

/** Formats an instant in the given offset, without milliseconds when they are zero. */
export function formatInstant(date: Date, offset = 0): string {
  const local = new Date(date.getTime() + offset * 60_000).toISOString();
  const trimmed = local.endsWith('.000Z') ? local.slice(0, -5) : local.slice(0, -1);
  if (offset === 0) return `${trimmed}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${trimmed}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
