/** Mail a customer forwards to us: the forwarded words are news from their side, not an old reply being quoted. */
import type { Region } from './match-text.ts';
import { quotedMessages } from './quoted-mail.ts';

const FORWARD_SUBJECT = /^\s*(?:\[?(?:fwd?|fw)\]?\s*:|tr\s*:|wg\s*:)/;
const FORWARD_SEPARATOR = /(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)/;

/**
 * The words of the message a customer forwarded, when a colleague of theirs (not one of us) wrote it. Only the
 * forwarded message itself counts: older mail quoted inside it is history, as it is in any reply.
 */
export function forwardedColleagueRegions(
  body: string,
  lower: string,
  lowerSubject: string,
  isOurAddress: (address: string) => boolean,
): Region[] {
  // Cheap gate first: most mail is not a forward.
  if (!lower.includes('forward') && !FORWARD_SUBJECT.test(lowerSubject)) return [];
  if (!FORWARD_SEPARATOR.test(lower)) return [];
  const [forwarded] = quotedMessages(body, lower);
  if (!forwarded?.from || isOurAddress(forwarded.from)) return [];
  return forwarded.regions;
}
