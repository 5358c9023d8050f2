/** Finds any of many known names (accounts, contacts, domains) in a text in one pass over its words. */

export type NameEntry<T> = {
  text: string;
  value: T;
  /** Matched only as written; otherwise in any case. */
  caseSensitive: boolean;
  /** Not at the start of a sentence, where every word is capitalised ("Massive gains…"). */
  notFirst: boolean;
};

export type NameMatch<T> = { value: T; start: number; end: number };

export type NameIndex<T> = { find(text: string): NameMatch<T>[] };

// After a sentence-initial capital, these show the word is a name at work ("Umbrella is rolling out…").
const NAME_USE =
  /^(?:['’]s\b|\s+(?:is|are|was|were|has|have|had|uses|used|signed|rolled|moved|chose|switched|bought|went|runs|ran|pays|paid|got|saw|cut|saved|deployed|adopted|selected|picked|renewed|expanded|also|just|recently|now|already|and|team|teams|folks|people|uses)\b)/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu;

export function buildNameIndex<T>(entries: readonly NameEntry<T>[]): NameIndex<T> {
  const byFirstWord = new Map<string, NameEntry<T>[]>();
  for (const entry of entries) {
    const first = entry.text.split(/[\s]+/)[0]!.toLowerCase();
    const list = byFirstWord.get(first) ?? [];
    list.push(entry);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
  return {
    find(text) {
      const found: NameMatch<T>[] = [];
      const lower = text.toLowerCase();
      for (const m of text.matchAll(WORD)) {
        // A word may end in punctuation ("Globex."); try it whole and trimmed.
        const word = m[0].toLowerCase();
        const candidates =
          byFirstWord.get(word) ??
          byFirstWord.get(word.replace(/[.'’-]+$/, '')) ??
          byFirstWord.get(word.replace(/['’]s$/, ''));
        if (!candidates) continue;
        for (const entry of candidates) {
          const end = m.index + entry.text.length;
          const same = entry.caseSensitive
            ? text.startsWith(entry.text, m.index)
            : lower.startsWith(entry.text.toLowerCase(), m.index);
          if (!same || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
          if (
            entry.notFirst &&
            /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, m.index)) &&
            !NAME_USE.test(text.slice(end))
          )
            continue;
          found.push({ value: entry.value, start: m.index, end });
          break;
        }
      }
      return found;
    },
  };
}
