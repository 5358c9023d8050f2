/** Which message a reply continues: the customer's email a signal came from, when a person wrote it. */
import type { ReadActivity } from '../../mail/read-activity.ts';
import type { RecordRef } from '../../observations/observation-schema.ts';
import { type DealReading, writableContact } from '../deal-reading.ts';

/** The customer's email behind a signal (its first activity ref), if we may answer it. */
export function replyToSignal(
  reading: DealReading,
  signal: { refs: readonly RecordRef[] },
): ReadActivity | undefined {
  const id = signal.refs.find((r) => r.type === 'activity')?.id;
  const read = reading.timeline.find((r) => r.activity.id === id);
  if (read?.activity.type !== 'email' || read.party !== 'them' || reading.automated.has(read.activity.id))
    return undefined;
  return writableContact(reading, read.from) ? read : undefined;
}
