/** Recognises mail that no person wrote: out-of-office replies, departure notices and delivery failures. */
import type { Region } from './match-text.ts';

export type AutomatedMail =
  | { kind: 'out_of_office'; evidence: Region }
  | { kind: 'departed'; evidence: Region; referrals: string[] }
  | { kind: 'bounce'; evidence: Region; failedRecipients: string[] };

const OOO_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|ooo\b|away from (?:the )?office|abwesenheitsnotiz|réponse automatique|respuesta automática|on (?:vacation|leave|holiday|pto))/;
const OOO_BODY =
  /\b(?:(?:i am|i'm|i will be|i'll be|i am currently|i'm currently|currently|i'm now|i am now)\s+(?:out of (?:the )?office|ooo|away(?: from (?:the office|my desk|work))?|on (?:annual |parental |maternity |paternity |sick |medical |family |garden )?leave|on (?:vacation|holiday|holidays|pto|sabbatical)|travell?ing|offline|out sick|at a conference|off (?:work|this week|until)|out until|out through)|(?:limited|no|intermittent) access to (?:my )?e-?mail|this is an auto(?:mated|matic)[- ]?(?:reply|response|message)|out of (?:the )?office (?:until|through|till|from|and will return|returning))/;
// Written by the person who left (or their mailbox), so the sender is the one who is gone.
const DEPARTED_SELF =
  /\b(?:(?:i am|i'm)\s+no longer (?:with|at|employed (?:by|at|with)|working (?:for|at|with)|part of)|my last day (?:at|with|was|is)|i (?:have |'ve )?(?:left|departed) (?:the company|the organi[sz]ation|the business|the firm|[a-z][\w&.-]*)|this (?:mailbox|email address|address|inbox) is no longer (?:monitored|active|in use|checked)|(?:is|are) no longer (?:with|at) the company)/;
// A mailbox announcing its owner is gone sends people elsewhere or warns it will close.
const REDIRECT =
  /\b(?:please (?:direct|contact|reach out to|email|get in touch with|send)|(?:your )?new (?:point of )?contact|your point of contact|will be (?:deactivated|closed|disabled|deleted)|(?:has|have) not been forwarded|no longer (?:monitored|active|checked)|thank you for your (?:e-?mail|message))\b/;
const DEPARTURE_SUBJECT =
  /\b(?:no longer (?:with|at)|has left|left the company|(?:is )?leaving|departure|mailbox (?:closed|inactive|deactivated))\b/;
// In an automatic reply, a departure in the third person ("Sol has left Soylent") is about the mailbox owner too.
const DEPARTED_ANY =
  /\b(?:no longer (?:with|at|employed|works?|working)|(?:has|have) (?:left|departed) (?:the company|the organi[sz]ation|the business|the firm|[a-z][\w&.-]*))/;
const BOUNCE_SUBJECT =
  /^\s*(?:undeliverable|undelivered mail|mail delivery (?:failed|failure|subsystem)|delivery status notification|delivery (?:has )?failed|delivery failure|returned mail|failure notice|message not delivered|(?:couldn't|could not|wasn't|was not) be(?:en)? delivered|non-delivery|ndr\b|address not found)/;
const BOUNCE_BODY =
  /\b(?:address not found|(?:account|address|mailbox|user|recipient) (?:you tried to reach )?(?:does not exist|doesn't exist|is unknown|not found|unavailable|is disabled|has been disabled)|does not exist|user unknown|no such user|recipient address rejected|(?:couldn't|could not|wasn't|was not) (?:be )?delivered|delivery (?:has )?failed|undeliverable|5\.1\.1|5\.1\.10|permanent(?:ly)? fail|message (?:was )?blocked|unknown recipient)/;

// The look-outs as one scan each: a single regex pass over the head is cheaper than a string search per word.
const DEPARTURE_WORDS = /no longer|last day| left|departed/;
const AWAY_WORDS = /i'm|i am|i will be|i'll be|currently|access to|automat|out of/;

const ADDRESS = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/g;
const SYSTEM_ADDRESS = /^(?:postmaster|mailer-daemon|no-?reply|do-?not-?reply|microsoftexchange)/;

function regionOf(m: RegExpExecArray | null, offset = 0): Region | undefined {
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length } : undefined;
}

function addressesIn(text: string, exclude: (a: string) => boolean): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) {
    const a = m[0].replace(/\.$/, '');
    if (!SYSTEM_ADDRESS.test(a) && !exclude(a)) found.add(a);
  }
  return [...found];
}

/**
 * Classifies a received message. `lowerBody` is the whole body lower-cased (bounces quote the failed
 * mail below their notice, so the notice may sit anywhere); `fromSystem` says the sender is a mail system.
 */
export function classifyAutomated(input: {
  lowerSubject: string;
  lowerBody: string;
  freshEnd: number;
  fromSystem: boolean;
  isOurAddress: (a: string) => boolean;
}): AutomatedMail | undefined {
  const { lowerSubject, lowerBody, fromSystem, isOurAddress } = input;
  const subjectSaysBounce = BOUNCE_SUBJECT.test(lowerSubject);
  if (fromSystem || subjectSaysBounce) {
    const cue = regionOf(BOUNCE_BODY.exec(lowerBody));
    if (cue || subjectSaysBounce) {
      return {
        kind: 'bounce',
        evidence: cue ?? { start: 0, end: 0 },
        failedRecipients: addressesIn(lowerBody, isOurAddress),
      };
    }
  }
  const head = lowerBody.slice(0, Math.max(input.freshEnd, Math.min(lowerBody.length, 600)));
  const autoSubject = OOO_SUBJECT.test(lowerSubject) || DEPARTURE_SUBJECT.test(lowerSubject);
  // Cheap look-outs first: most mail mentions none of these words, and the full patterns are costly.
  const mayDepart = autoSubject || DEPARTURE_WORDS.test(head);
  const departed = mayDepart
    ? (regionOf(DEPARTED_SELF.exec(head)) ??
      (autoSubject || REDIRECT.test(head) ? regionOf(DEPARTED_ANY.exec(head)) : undefined))
    : undefined;
  if (departed) return { kind: 'departed', evidence: departed, referrals: addressesIn(head, isOurAddress) };
  const mayBeAway = autoSubject || AWAY_WORDS.test(head);
  if (!mayBeAway) return undefined;
  const away = regionOf(OOO_BODY.exec(head));
  if (away && (autoSubject || /\b(?:return|returning|back)\b/.test(head)))
    return { kind: 'out_of_office', evidence: away };
  if (autoSubject && /\b(?:out of|away|leave|vacation|holiday|return|back on|back in)\b/.test(head)) {
    return { kind: 'out_of_office', evidence: { start: 0, end: Math.min(head.length, 80) } };
  }
  return undefined;
}
