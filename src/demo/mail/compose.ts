/** Puts a message together the way a person's client would: greeting, paragraphs, sign-off, signature, quote. */
import type { Person } from '../people/person.ts';
import type { Rng } from '../random.ts';

export interface Composition {
  readonly writer: Person;
  readonly readers: readonly Person[];
  readonly paragraphs: readonly string[];
  readonly mobile: boolean;
  /** Local minute of day at the writer's end, so "Morning" greetings only open morning mail. */
  readonly minuteOfDay: number;
  /** Skips the greeting: quick replies in a running thread often have none. */
  readonly bare?: boolean;
}

function greeting(rng: Rng, c: Composition): string {
  if (c.bare) return '';
  const [first, second] = c.readers;
  if (!first) return '';
  if (c.readers.length >= 3) return rng.pick(['Hi all,', 'Hi team,', 'Hello everyone,', 'All,']);
  if (second)
    return rng.pick([
      `Hi ${first.first} and ${second.first},`,
      'Hi both,',
      `${first.first}, ${second.first} -`,
    ]);
  let template = rng.pick(c.writer.style.greetings);
  if (template.startsWith('Morning') && c.minuteOfDay >= 12 * 60) template = 'Hi {first},';
  return template.replace('{first}', first.first);
}

function closing(c: Composition): string {
  const { style, first } = c.writer;
  if (style.signature.startsWith('--')) return `${style.signOff}\n${first}\n\n${style.signature}`;
  return `${style.signOff}\n${style.signature}`;
}

/** The message's own text (what a later reply would quote). */
export function composeOwnText(rng: Rng, c: Composition): string {
  const parts: string[] = [];
  const hello = greeting(rng, c);
  if (hello) parts.push(hello);
  parts.push(...c.paragraphs);
  if (c.mobile) {
    if (rng.chance(0.5)) parts.push(`- ${c.writer.first}`);
    parts.push(c.writer.style.mobileFooter);
  } else {
    parts.push(closing(c));
    if (c.writer.style.disclaimer) parts.push(c.writer.style.disclaimer);
  }
  return parts.join('\n\n');
}
