/**
 * Documented service hours: which clock times and runs of weekdays a public document gives, and for
 * which plans ("- Pro: phone and email, Monday to Saturday, 7:00 to 19:00 UK time").
 */
import type { GuardCitation } from '../guard-schema.ts';
import { clockTimes, dayRanges } from '../text/service-hours.ts';
import { zonesNamedIn } from '../text/time-zones.ts';

export type ServiceHours = {
  /** The plans the sentence states them for; none when it states them of the product as a whole. */
  plans: readonly string[];
  minutes: ReadonlySet<number>;
  days: ReadonlySet<string>;
  /** The IANA zone the document gives its times in ("All times are New Zealand time"), if it names one. */
  zone?: string;
  citation: GuardCitation;
};

export function readServiceHours(
  sentence: string,
  plans: readonly string[],
  citation: GuardCitation,
  /** The zone of the page the sentence is on, where the sentence names none. */
  pageZone?: string,
): ServiceHours[] {
  const minutes = new Set(clockTimes(sentence).map((t) => t.minutes));
  const days = new Set(dayRanges(sentence).map((r) => r.days));
  const zone = zonesNamedIn(sentence)[0] ?? pageZone;
  return minutes.size === 0 && days.size === 0
    ? []
    : [{ plans, minutes, days, citation, ...(zone ? { zone } : {}) }];
}
