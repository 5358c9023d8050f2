/** Meeting options in the rep's working hours on the next working days, as instants (DST-safe, no machine clock). */
import { DAY_MS } from '../dates/calendar.ts';
import { offsetAt, type Zone } from '../dates/zone.ts';
import type { DealReading } from './deal-reading.ts';
import { workingDaysFromToday } from './deal-reading.ts';

/** The instant a local day and minute begin in `zone`, whatever the offset is on that day. */
export function localInstant(day: number, minute: number, zone: Zone): number {
  const naive = day * DAY_MS + minute * 60_000;
  const first = naive - offsetAt(zone, naive) * 60_000;
  return naive - offsetAt(zone, first) * 60_000;
}

// Mid-morning and mid-afternoon: the hours most often accepted, clear of first-thing and end-of-day.
const START_HOURS = [10, 11, 14, 15, 9.5, 13.5, 16] as const;

export function meetingOptions(reading: DealReading): string[] {
  const { config, zone } = reading;
  const latestStart = config.workdayEndHour - config.meetingMinutes / 60;
  const hours = START_HOURS.filter((h) => h >= config.workdayStartHour && h <= latestStart);
  const options: string[] = [];
  for (let i = 0; i < config.meetingOptions; i++) {
    const day = workingDaysFromToday(reading, config.firstMeetingBusinessDay + i);
    const hour = reading.pick(`meeting-hour-${i}`, hours.length > 0 ? hours : [config.workdayStartHour]);
    options.push(new Date(localInstant(day, Math.round(hour * 60), zone)).toISOString());
  }
  return options;
}
