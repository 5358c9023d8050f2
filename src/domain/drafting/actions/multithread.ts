/** multithread: bring in another active contact of the account when the one carrying the deal is gone or silent. */
import type { StakeholderSignal } from '../../signals/signal-schema.ts';
import type { Composer } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { newSponsor } from '../recipients.ts';
import { firstName } from '../wording.ts';

// First names only: a colleague's surname can be another customer's name, and a first name is how people say it.
const LEFT = [
  "I've been working with {first} on the {project}, and I understand {first} has left the company.",
  "{first} and I had been working together on the {project}, and I've just learned {first} has moved on.",
] as const;
const BOUNCED = [
  "I've been working with {first} on the {project}, but my recent emails to {first} are bouncing.",
  '{first} and I had been working on the {project} together, and my last note to {first} came back undelivered.',
] as const;
const HANDED = ['{first} mentioned you are now the right person for the {project}.'] as const;
const SILENT = [
  "I've been working with {first} on the {project}, and I want to make sure it has the right people on your side as it moves forward.",
  "{first} and I have been talking about the {project}, and I'd value your perspective as well.",
] as const;
const ROLE: Record<string, readonly string[]> = {
  economic_buyer: [
    "As the person who'd weigh the investment, your view on priorities would help me keep this useful.",
    'Since the budget question would land with you, I would rather hear your priorities first-hand.',
    'Hearing what success looks like from your side would help me keep the work on track.',
  ],
  decision_maker: [
    'Your view on what matters most would help me keep this on track.',
    "I'd rather hear your priorities directly than guess at them.",
  ],
  procurement: [
    'Since the paperwork would come through your team, I want to make sure you have what you need from us.',
  ],
  legal: ['Since the contract would come through your team, I want to make sure nothing waits on us.'],
};
const GENERIC = [
  "I don't want the work so far to stall while things change on your side.",
  "I'd like to make sure the work so far doesn't get lost in the handover.",
  'There is good work behind this already, and I would hate for it to lose momentum.',
] as const;
const ASKS = [
  'Are you the right person to pick this up with, or is there someone else I should speak to?',
  'Could you point me to whoever is picking this up, or would you be open to a short call yourself?',
  'Who on your side would be best to carry this forward?',
] as const;

/** The person the deal hung on, who is now gone or silent: the key one first. */
export function lostStakeholder(signals: readonly StakeholderSignal[]): StakeholderSignal | undefined {
  const order = ['left_company', 'bounced', 'handed_off', 'went_silent'];
  return signals
    .filter((s) => order.includes(s.change))
    .sort((a, b) => Number(b.key) - Number(a.key) || order.indexOf(a.change) - order.indexOf(b.change))[0];
}

export const multithread: Composer = (kit) => {
  const { reading } = kit;
  const lost = lostStakeholder(reading.signals.of('stakeholder'));
  if (!lost) return undefined;
  const lostEmail = lost.email?.toLowerCase();
  const contact = newSponsor(reading, lost.replacedBy, lostEmail ? [lostEmail] : []);
  if (!contact) return undefined;
  const contactStatus = reading.context.contacts.find((c) => c.email.toLowerCase() === lostEmail)?.status;
  const first = firstName(lost.name) ?? lost.email ?? 'my contact';
  const change = contactStatus === 'left_company' ? 'left_company' : lost.change;
  const bank =
    change === 'left_company'
      ? LEFT
      : change === 'bounced'
        ? BOUNCED
        : change === 'handed_off'
          ? HANDED
          : SILENT;
  const intro = reading
    .pick('intro', bank)
    .replaceAll('{first}', first)
    .replace('{project}', reading.project);
  const silentStillHere =
    change === 'went_silent' &&
    reading.context.contacts.find((c) => c.email.toLowerCase() === lostEmail && !reading.gone.has(lostEmail));
  return {
    payload: emailPayload(reading, {
      to: [contact],
      cc: silentStillHere ? [silentStillHere] : [],
      subject: reading.pick('subject', [
        `The ${reading.project}`,
        `Picking up the ${reading.project}`,
        `Next steps on the ${reading.project}`,
      ]),
      paragraphs: [
        { text: intro },
        { text: reading.pick('role', ROLE[contact.role ?? ''] ?? GENERIC), optional: true },
        { text: reading.pick('ask', ASKS) },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft goes to ${contact.name}${contact.title ? ` (${contact.title})` : ''} instead.`,
  };
};
