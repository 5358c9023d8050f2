/** Small pieces of the language a rep writes in: names, calendar days, the customer's words turned around. */
import { MONTHS, parseDay, partsOfDay, WEEKDAYS, weekdayOf } from '../dates/calendar.ts';

/** "Friday, February 20": the way a date reads in a letter (never with the year: these are near dates). */
export function longDay(day: number): string {
  const p = partsOfDay(day);
  return `${WEEKDAYS[weekdayOf(day)]}, ${MONTHS[p.month - 1]} ${p.day}`;
}

/** "February 20". */
export function monthDay(day: number): string {
  const p = partsOfDay(day);
  return `${MONTHS[p.month - 1]} ${p.day}`;
}

export const longDayOf = (iso: string): string => longDay(parseDay(iso));
export const monthDayOf = (iso: string): string => monthDay(parseDay(iso));

export function firstName(fullName: string | undefined): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first && first.length > 0 ? first : undefined;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Collapses runs of whitespace and trims: customer text as one line, never its line breaks. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

const ACTIVE_BLOCK = /<(script|style|iframe|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?[a-z!][^<>]*>/gi;

/**
 * A customer's words without their markup: a plain-text draft that quoted `<img onerror=…>` would carry the attack to
 * whoever renders the sent mail, and a person reading the customer's message never saw the tags anyway.
 */
export function withoutMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(ACTIVE_BLOCK, ' ')
    .replace(TAG, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/^ +| +$/gm, '');
}

const SWAPS: Record<string, string> = {
  our: 'your',
  ours: 'yours',
  we: 'you',
  us: 'you',
  your: 'our',
  yours: 'ours',
  you: 'we',
  "we're": "you're",
  "you're": "we're",
  "we've": "you've",
  "you've": "we've",
  "we'll": "you'll",
  "you'll": "we'll",
  ourselves: 'yourselves',
};

/**
 * The customer's words from our side: "can our data be hosted" → "can your data be hosted", "do you support" →
 * "do we support". Only first and second person change; "I" stays out (the customer's "I" is not the rep).
 */
export function fromOurSide(text: string): string {
  return text.replace(
    /\b(?:our|ours|we|us|your|yours|you|we're|you're|we've|you've|we'll|you'll|ourselves)\b/gi,
    (w) => {
      const swapped = SWAPS[w.toLowerCase()] ?? w;
      return w.charAt(0) === w.charAt(0).toUpperCase() ? capitalize(swapped) : swapped;
    },
  );
}

// Words that already name a piece of work; anything else reads better as "the … project".
const WORK_NOUNS =
  /\b(?:pilot|rollout|renewal|expansion|upsell|plan|platform|suite|project|programme|program|migration|evaluation|trial|upgrade|deployment|implementation|poc|proof of concept|licen[cs]es?|seats?|contract|deal|order)$/i;

/** The project a deal is about, from its name: "Globex - Plant analytics" → "plant analytics project". */
export function projectOf(
  opportunityName: string,
  accountName: string,
  keepCase: ReadonlySet<string>,
): string {
  const dash = opportunityName.split(/\s+[-–—:|]\s+/);
  let project = dash.length > 1 ? dash.slice(1).join(' ') : opportunityName;
  if (project.toLowerCase().startsWith(accountName.toLowerCase()))
    project = project.slice(accountName.length).trim();
  // "Enterprise, 120 seats (EU)" is the Enterprise plan; "Enterprise renewal 2026" the Enterprise renewal.
  project = (project.split(/\s*[,(+]\s*/)[0] ?? project).replace(/\s+\d{4}$/, '').trim();
  if (project === '') return 'project';
  if (!project.includes(' ') && keepCase.has(project.toLowerCase())) return `${project} plan`;
  const first = project.split(/\s+/)[0]!;
  const proper = keepCase.has(first.toLowerCase()) || /^[A-Z0-9]{2,}$/.test(first) || /\d/.test(first);
  const named = proper ? project : project.charAt(0).toLowerCase() + project.slice(1);
  return WORK_NOUNS.test(named) ? named : `${named} project`;
}

/** Words of at most `max`, cut at a word boundary with an ellipsis: for quoting long customer sentences. */
export function clip(text: string, max: number): string {
  const words = oneLine(text).split(' ');
  if (words.length <= max) return words.join(' ');
  return `${words
    .slice(0, max)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}
