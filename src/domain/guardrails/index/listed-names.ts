/**
 * Proper names a "Not supported" section lists: "iManage and NetDocuments.", "Google Workspace: no
 * Gmail add-in and no Google Calendar sync.", "beA (the German lawyers' electronic mailbox)." The
 * heading denies every one of them, though no sentence says "is not supported".
 */
import { matchPlaces } from '../vocabulary/places.ts';

// A word with a capital anywhere ("Zapier", "iManage", "beA", "NetDocuments").
const WORD = /[\p{L}\d][\p{L}\d+&'’-]*(?:\.[\p{L}\d]+)*/gu;
const CAPITALISED = /^\p{Lu}|.\p{Lu}/u;
const INNER_CAPITAL = /.\p{Lu}/u;
// "(Geotab, Webfleet, Samsara, Lytx)": every item of the bracket starts with a capital.
const EXAMPLES = /^\(\s*\p{Lu}[^()]*,[^()]*\)$/u;

/**
 * The runs of capitalised words in `text` ("Adobe Acrobat Sign"), as written. A run's leading word
 * that `common` knows as an everyday word ("No date has been committed", "Sage" is not one) is the
 * sentence's capital, not a name's, and is dropped; so is a bracket that explains a name ("beA (the
 * German lawyers' mailbox)") and a place ("no hosting in Canada" denies the hosting, not Canada).
 */
export function listedNames(text: string, common: (word: string) => boolean): string[] {
  // A bracket of names ("temperature systems (Thermo King TracKing, Carrier Lynx)") gives examples
  // of what is denied, which are denied too; one that explains ("(the German …)") names nothing.
  const named = text.replace(/\([^()]*\)/g, (b) =>
    EXAMPLES.test(b) ? `;${b.slice(1, -1)};` : ' '.repeat(b.length),
  );
  const names: string[] = [];
  let run: string[] = [];
  let end = -1;
  const close = () => {
    while (run.length > 0 && !INNER_CAPITAL.test(run[0]!) && common(run[0]!.toLowerCase())) run.shift();
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  for (const m of named.matchAll(WORD)) {
    const joined = end >= 0 && /^ +$/.test(named.slice(end, m.index));
    if (!joined) close();
    if (CAPITALISED.test(m[0])) {
      run.push(m[0]);
      end = m.index + m[0].length;
    } else {
      close();
      end = -1;
    }
  }
  close();
  return [...new Set(names)].filter((n) => n.length > 2 && matchPlaces(n).length === 0);
}

/** Lower-case words a text uses: what a capitalised word must not be to count as a name. */
export function lowerCaseWords(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/(?<![\p{L}\d])[a-z][a-z'-]*/gu)) into.add(m[0]);
}

const LETTER = /[\p{L}\p{N}]/u;

/** Whether lower-case `text` names `name` as a whole word ("sage" in "sage accounting", not in "usage"). */
export function hasName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + name.length] ?? '')) return true;
  return false;
}
