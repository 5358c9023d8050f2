/** Spaces over the given spans of a text, so what is left keeps its offsets: product names, told-back notes. */
export function blankOut(
  text: string,
  spans: readonly { start: number; end: number }[],
  /** Where `text` starts in the text the spans count in. */
  offset = 0,
): string {
  let out = text;
  for (const { start, end } of spans) {
    const from = Math.max(0, start - offset);
    const to = Math.min(out.length, end - offset);
    if (to > from) out = `${out.slice(0, from)}${' '.repeat(to - from)}${out.slice(to)}`;
  }
  return out;
}
