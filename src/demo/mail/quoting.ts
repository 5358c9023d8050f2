/** The quoted earlier message under a reply, in the style of the replier's mail client and locale. */
import { MONTHS, shortMonth, shortWeekday, weekdayName, ymd } from '../calendar.ts';
import { mailbox, type Person } from '../people/person.ts';
import { clockTime, inZone, localDay, type Moment } from '../zoned-time.ts';

/** A sent message as another message can quote it. */
export interface QuotableMail {
  readonly fromName: string;
  readonly fromEmail: string;
  readonly to: readonly Person[];
  readonly cc: readonly Person[];
  readonly at: Moment;
  readonly subject: string;
  /** The message's own text, without whatever it quoted in turn. */
  readonly ownText: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const people = (list: readonly Person[]): string => list.map(mailbox).join('; ');

/** Real clients print the quoted time in the replier's own zone, so the header follows the replier. */
export function quoteHeader(replier: Person, quoted: QuotableMail): { header: string; prefixed: boolean } {
  const at = inZone(quoted.at, replier.tz);
  const day = localDay(at);
  const { year, month, date } = ymd(day);
  const us = replier.style.dateStyle === 'us';
  const time = clockTime(at, replier.style.twelveHour);
  const from = `${quoted.fromName} <${quoted.fromEmail}>`;
  switch (replier.style.client) {
    case 'gmail':
      return {
        header: us
          ? `On ${shortWeekday(day)}, ${shortMonth(day)} ${date}, ${year} at ${time} ${from} wrote:`
          : `On ${shortWeekday(day)}, ${date} ${shortMonth(day)} ${year} at ${time}, ${from} wrote:`,
        prefixed: true,
      };
    case 'apple':
      return {
        header: us
          ? `On ${shortMonth(day)} ${date}, ${year}, at ${time}, ${from} wrote:\n`
          : `On ${date} ${shortMonth(day)} ${year}, at ${time}, ${from} wrote:\n`,
        prefixed: true,
      };
    case 'outlook': {
      const sent = us
        ? `${weekdayName(day)}, ${MONTHS[month - 1]} ${date}, ${year} ${time}`
        : `${pad(date)} ${MONTHS[month - 1]} ${year} ${time}`;
      const cc = quoted.cc.length > 0 ? `\nCc: ${people(quoted.cc)}` : '';
      return {
        header: `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${people(quoted.to)}${cc}\nSubject: ${quoted.subject}\n`,
        prefixed: false,
      };
    }
    case 'classic': {
      const sent = `${weekdayName(day)}, ${MONTHS[month - 1]} ${pad(date)}, ${year} ${time}`;
      return {
        header: `-----Original Message-----\nFrom: ${quoted.fromName} [mailto:${quoted.fromEmail}]\nSent: ${sent}\nTo: ${people(quoted.to)}\nSubject: ${quoted.subject}\n`,
        prefixed: false,
      };
    }
  }
}

export function quoteBlock(replier: Person, quoted: QuotableMail): string {
  const { header, prefixed } = quoteHeader(replier, quoted);
  const text = prefixed
    ? quoted.ownText
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n')
    : quoted.ownText;
  return `${header}\n${text}`;
}
