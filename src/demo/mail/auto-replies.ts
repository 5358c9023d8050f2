/** Automatic replies that look like mail from the customer but are not a reply: out of office, left the company. */
import { type DateStyle, type Day, monthDay, numericDate, ordinal, weekdayName, ymd } from '../calendar.ts';
import type { Person } from '../people/person.ts';
import type { Rng } from '../random.ts';

export interface AutoReply {
  readonly subject: string;
  readonly body: string;
}

function returnDate(rng: Rng, day: Day, style: DateStyle): string {
  return rng.pick([
    `${weekdayName(day)}, ${monthDay(day, style)}`,
    monthDay(day, style),
    `${weekdayName(day)} the ${ordinal(ymd(day).date)}`,
    numericDate(day, style),
  ]);
}

/** An out-of-office notice; `back` is the first day the person is back at work. */
export function outOfOffice(rng: Rng, person: Person, subject: string, back: Day, cover?: Person): AutoReply {
  const when = returnDate(rng, back, person.style.dateStyle);
  const coverLine = cover
    ? rng.pick([
        ` For anything urgent, please contact ${cover.name} at ${cover.email}.`,
        ` If your matter is urgent, ${cover.first} (${cover.email}) can help.`,
        ` In my absence please reach out to ${cover.email}.`,
      ])
    : '';
  const body = rng.pick([
    `Thank you for your email. I am out of the office until ${when} with limited access to email.${coverLine}`,
    `I'm currently out of office and will return on ${when}. I will respond to your message when I'm back.${coverLine}`,
    `Hi,\n\nI'm away and back on ${when}. Emails will not be forwarded.${coverLine}\n\nBest,\n${person.first}`,
    `Automatic reply: I am on annual leave, returning ${when}.${coverLine}`,
    `I'm out of the office at a conference and back ${when}. Expect delays in my response.${coverLine}\n\n${person.name}`,
  ]);
  const subjectLine = rng.pick([
    `Automatic reply: ${subject}`,
    `Out of Office: ${subject}`,
    `Autoreply: ${subject}`,
    `Out of office Re: ${subject}`,
  ]);
  return { subject: subjectLine, body };
}

/** The notice a mailbox sends once its owner has left the company. */
export function leftCompany(rng: Rng, person: Person, subject: string, successor: Person): AutoReply {
  const body = rng.pick([
    `Thank you for your email. ${person.name} is no longer with ${person.company}. Please direct your inquiries to ${successor.name} (${successor.email}).`,
    `This mailbox is no longer monitored. ${person.first} has left ${person.company}; for anything related to their work, please contact ${successor.email}.`,
    `Hello,\n\nPlease note that ${person.name} has left the company and this address will be deactivated soon. Your message has not been forwarded. ${successor.name}, ${successor.title}, is your new point of contact: ${successor.email}.\n\nKind regards,\n${person.company}`,
    `Automatic reply: I have left ${person.company}. My last day was last week. Please contact ${successor.first} ${successor.last} at ${successor.email} going forward. Thanks and all the best!`,
  ]);
  return {
    subject: rng.pick([
      `Automatic reply: ${subject}`,
      `Autoreply: ${subject}`,
      `No longer with ${person.company}`,
    ]),
    body,
  };
}
