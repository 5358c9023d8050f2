/** Text prepared for phrase matching without moving a single offset: lower case, straight quotes, plain spaces. */

const SAME_LENGTH =
  /[\u2018\u2019\u201A\u201B\u2032\u00B4\u201C\u201D\u201E\u2033\u00A0\u2007\u202F\u2013\u2014]/g;
const REPLACEMENT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2013': '-',
  '\u2014': '-',
};

/** Lower-cased text whose offsets equal the input's, so a match found here points into the raw body. */
export function forMatching(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.length !== raw.length) {
    // A few characters change length when lower-cased (e.g. "İ"); keep those as they are.
    let out = '';
    for (const ch of raw) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  SAME_LENGTH.lastIndex = 0;
  if (!SAME_LENGTH.test(lower)) return lower;
  SAME_LENGTH.lastIndex = 0;
  return lower.replace(SAME_LENGTH, (c) => REPLACEMENT[c] ?? c);
}

/** A half-open range of offsets into an activity's raw body. */
export type Region = { start: number; end: number };
