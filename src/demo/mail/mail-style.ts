/** How one person writes mail, fixed per person: greeting, sign-off, signature, disclaimer, mail client, phone. */
import type { DateStyle } from '../calendar.ts';
import type { Rng } from '../random.ts';

export type MailClient = 'gmail' | 'outlook' | 'apple' | 'classic';

export interface MailStyle {
  readonly client: MailClient;
  /** Greeting templates; `{first}` is the reader's first name, an empty string means no greeting. */
  readonly greetings: readonly string[];
  readonly signOff: string;
  /** What goes under the sign-off: the writer's name and signature block. */
  readonly signature: string;
  readonly disclaimer?: string;
  /** Share of this person's mail written on a phone: short, no signature, a "Sent from" line. */
  readonly mobileRate: number;
  readonly mobileFooter: string;
  /** Whether replies keep the earlier message quoted underneath (most clients do; some people trim). */
  readonly quotes: boolean;
  readonly dateStyle: DateStyle;
  readonly twelveHour: boolean;
}

export interface StyleSubject {
  readonly side: 'seller' | 'customer';
  readonly first: string;
  readonly name: string;
  readonly title: string;
  readonly company: string;
  readonly phone: string;
  readonly website: string;
  readonly industry?: string;
  readonly regionKey: string;
  readonly dateStyle: DateStyle;
  readonly twelveHour: boolean;
}

const GREETING_SETS: readonly (readonly string[])[] = [
  ['Hi {first},', 'Hi {first},', 'Hey {first},'],
  ['Hi {first},', '{first},'],
  ['Hello {first},', 'Hi {first},'],
  ['Dear {first},', 'Hello {first},'],
  ['{first},', '{first} -', ''],
  ['Hi {first} -', 'Hi {first},'],
  ['Hey {first}!', 'Hey {first},', 'Hi {first},'],
  ['Morning {first},', 'Hi {first},'],
];

const SIGN_OFFS = [
  'Thanks,',
  'Thanks!',
  'Best,',
  'Best regards,',
  'Kind regards,',
  'Regards,',
  'Cheers,',
  'Many thanks,',
  'Thank you,',
  'Talk soon,',
  'All the best,',
  'Warm regards,',
  'Thx,',
  'BR,',
];

const DISCLAIMERS = [
  'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.',
  'This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender and delete it.',
  'IMPORTANT: The contents of this email and any attachments are confidential. Nothing in this email constitutes an offer or acceptance of a contract unless expressly stated otherwise.',
  'Please consider the environment before printing this email.',
  'This message may contain information that is privileged or confidential. If you received it in error, please let us know by reply and then delete it. Thank you.',
];

const MOBILE_FOOTERS = [
  'Sent from my iPhone',
  'Sent from my iPad',
  'Get Outlook for iOS',
  'Sent from my Galaxy',
  'Sent from Gmail Mobile',
];

function customerSignature(rng: Rng, s: StyleSubject): string {
  const form = rng.int(0, 6);
  switch (form) {
    case 0:
      return s.first;
    case 1:
      return s.name;
    case 2:
      return `${s.name}\n${s.title} | ${s.company}\n${s.phone}`;
    case 3:
      return `${s.name}\n${s.title}\n${s.company}\nM: ${s.phone}`;
    case 4:
      return `--\n${s.name} | ${s.title}\n${s.company} | ${s.website}\nDirect: ${s.phone}`;
    case 5:
      return `${s.first}\n\n${s.name}\n${s.title}, ${s.company}`;
    default:
      return `${s.name}\n${s.title}\nT ${s.phone}\n${s.website}`;
  }
}

function sellerSignature(rng: Rng, s: StyleSubject): string {
  const link = `https://${s.website}/meet/${s.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return rng.pick([
    `${s.name}\n${s.title}, ${s.company}\n${s.phone} | ${s.website}`,
    `${s.first}\n\n--\n${s.name}\n${s.title} | ${s.company}\n${s.phone}\nBook time with me: ${link}`,
    `${s.name}\n${s.title}\n${s.company}\nM ${s.phone}`,
    `${s.first}`,
  ]);
}

function legalFooter(rng: Rng, s: StyleSubject): string | undefined {
  if (s.regionKey === 'uk' && rng.chance(0.3)) {
    return `${s.company} Ltd is registered in England and Wales under company number 0${rng.int(1_000_000, 9_999_999)}. Registered office as above.`;
  }
  if (s.regionKey === 'dach' && rng.chance(0.35)) {
    return `${s.company} GmbH · Sitz: Berlin · Registergericht: Amtsgericht Charlottenburg HRB ${rng.int(10_000, 240_000)} · Geschäftsführung: ${s.name}`;
  }
  const regulated =
    s.industry === 'Financial Services' || s.industry === 'Healthcare' || s.industry === 'Insurance';
  return rng.chance(regulated ? 0.6 : 0.18) ? rng.pick(DISCLAIMERS) : undefined;
}

export function mailStyleFor(rng: Rng, s: StyleSubject): MailStyle {
  const client = rng.weighted<MailClient>([
    ['gmail', 4],
    ['outlook', 4],
    ['apple', 1],
    ['classic', 1],
  ]);
  const disclaimer = s.side === 'customer' ? legalFooter(rng, s) : undefined;
  return {
    client,
    greetings:
      s.dateStyle === 'intl' && rng.chance(0.3)
        ? ['Dear {first},', 'Hello {first},', 'Hi {first},']
        : rng.pick(GREETING_SETS),
    signOff: rng.pick(SIGN_OFFS),
    signature: s.side === 'seller' ? sellerSignature(rng, s) : customerSignature(rng, s),
    ...(disclaimer ? { disclaimer } : {}),
    mobileRate: s.side === 'seller' ? 0.05 : rng.pick([0, 0.05, 0.15, 0.3]),
    mobileFooter: rng.pick(MOBILE_FOOTERS),
    quotes: rng.chance(0.85),
    dateStyle: s.dateStyle,
    twelveHour: s.twelveHour,
  };
}
