/** resume_after_deferral: pick up on the day the customer named, in their own words, and propose the next step. */
import { parseDay } from '../../dates/calendar.ts';
import { INSTRUCTION } from '../../signals/lexicon/instruction-phrases.ts';
import type { DeferralSignal } from '../../signals/signal-schema.ts';
import { dayOf, latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, promiseDay } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { clip, monthDay, oneLine } from '../wording.ts';
import { replyToSignal } from './thread.ts';

// The words that say why a customer asked us to wait.
const REASON =
  /\b(?:freeze|budget|fiscal|board|offsite|off-site|review|approval|quarter|year-end|close|hiring|reorg\w*|restructur\w*|holiday|vacation|travel\w*|conference|leave|priorit\w*|busy|audit|migration|launch|planning|headcount|procurement|legal|merger|acquisition)\b/i;
const GREETING = /^(?:hi|hello|hey|dear|thanks|thank you)\b[^,]*,\s*/i;
const FILLER = /^.*?\b(?:but|however|unfortunately)\s+/i;

/**
 * The customer's own words for the wait: the sentence that gives the reason when there is one ("we are in a spending
 * freeze through the end of February"), else the sentence that asked us to wait. One sentence, quoted whole.
 */
export function deferralWords(
  reading: Parameters<Composer>[0]['reading'],
  deferral: DeferralSignal,
): { words: string; isReason: boolean } {
  const read = reading.timeline.find((r) => r.activity.id === deferral.refs[0]?.id);
  const because = read?.sentences.find(
    (s) => REASON.test(s.text) && !s.text.includes(deferral.reason) && !INSTRUCTION.test(s.lower),
  );
  const reason = because ? oneLine(because.text).replace(GREETING, '') : undefined;
  const cut = reason?.replace(FILLER, '');
  const words = cut && REASON.test(cut) ? cut : (reason ?? oneLine(deferral.reason).replace(GREETING, ''));
  const clipped = clip(words, 40);
  return { words: /[.!?…]$/.test(clipped) ? clipped : `${clipped}.`, isReason: reason !== undefined };
}

// "You said" or "you wrote" in the quote's own clause: the words are the customer's, not claims of ours.
const RECALL = [
  'When you wrote on {date}, you said "{words}"',
  'On {date} you asked me to hold off, and you wrote "{words}"',
  'Picking this back up as you asked on {date}; you wrote "{words}"',
] as const;
const AFTER_REASON = [
  'You asked me to come back to you after that, so here I am.',
  'You asked me to check back once that had passed.',
] as const;
const BACK = [
  'So here I am, right on cue.',
  'I marked the date and wanted to be on time.',
  'I hope the timing works better now.',
] as const;
const STEP_BY_STAGE: Record<string, string> = {
  Prospecting: 'a first conversation',
  Discovery: 'a discovery call',
  Demo: 'a demo for your team',
  Proposal: 'a proposal review',
  Negotiation: 'a call to settle what is left',
};
// The step the customer named for when they are back ("then we can set up a proper discovery session").
const NAMED_STEP =
  /\b(?:set up|schedule|book|arrange|have|do|start)\s+(?:a|an|the|that|our)?\s*(?:proper\s+|short\s+|quick\s+)?(discovery (?:session|call)|demo|kick-?off|workshop|walk-?through|review call)\b/i;
// Each ask names the meeting before its days: a day after "free" or "call" is a plan, not a claimed date.
const ASKS = [
  'Are you available on {d1} or {d2} for {step}?',
  "I'm free {d1} or {d2} for {step}; does either suit you?",
  "I'm free {d1} or {d2}; would either work for {step}?",
] as const;

export const resumeAfterDeferral: Composer = (kit) => {
  const { reading } = kit;
  const deferral = reading.signals
    .of('deferral')
    .filter((d) => d.state === 'waiting' && parseDay(d.resumeOn) <= reading.today)
    .sort((a, b) => b.resumeOn.localeCompare(a.resumeOn))[0];
  if (!deferral) return undefined;
  const source = replyToSignal(reading, deferral);
  const contact = primaryContact(reading, [source?.from]);
  if (!contact) return undefined;
  const named = NAMED_STEP.exec(deferral.reason)?.[1];
  const step = named ? `that ${named}` : (STEP_BY_STAGE[reading.context.opportunity.stage] ?? 'a short call');
  const said = deferralWords(reading, deferral);
  const recall = reading
    .pick('recall', RECALL)
    .replace('{date}', monthDay(dayOf(reading, deferral.askedAt)))
    .replace('{words}', said.words);
  const ask = reading
    .pick('ask', ASKS)
    .replace('{d1}', promiseDay(reading, 2))
    .replace('{d2}', promiseDay(reading, 3))
    .replace('{step}', step);
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: `Picking the ${reading.project} back up`,
      replyTo: source ?? latestCustomerEmail(reading),
      paragraphs: [
        { text: recall },
        {
          text: said.isReason ? reading.pick('after', AFTER_REASON) : reading.pick('back', BACK),
          optional: true,
        },
        { text: ask },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft recalls their words and proposes ${step}.`,
  };
};
