/** Small helpers for tools' text views: plain lines a model reads well, every record with its id. */

export function money(amount: number, currency: string): string {
  return `${currency} ${Math.round(amount).toLocaleString('en-US')}`;
}

/** Keeps a long body from flooding the host's context; the structured output always carries it whole. */
export function clip(text: string, max = 600): string {
  const flat = text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export const indent = (text: string, by = '    '): string =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** "field: value" for the values that are set, joined with " · ". */
export function facts(entries: ReadonlyArray<readonly [string, string | number | undefined]>): string {
  return entries.flatMap(([k, v]) => (v === undefined || v === '' ? [] : [`${k}: ${v}`])).join(' · ');
}

export const lines = (...parts: ReadonlyArray<string | false | undefined>): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
