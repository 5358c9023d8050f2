/** Names of the competitors our battlecards are about, and of the workspace's other customers. */
import { stem } from '../../knowledge/text-tokens.ts';
import type { Account, KnowledgeDocument } from '../../workspace/workspace-schema.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';

const CARD_WORDS =
  /\b(?:battle\s?cards?|competitive|competitor|comparison|compared to|versus|vs\.?|against|overview|guide|how to win|objections?|internal|confidential|only)\b/gi;
// "VetPulse and ClinicCore": one card about two competitors.
const BETWEEN_NAMES = /\s+(?:and|&)\s+|\s*,\s*/;

/** "Battlecard: Contoso" with heading "Contoso BI" gives ["Contoso BI", "Contoso"]. */
export function competitorNames(
  documents: readonly KnowledgeDocument[],
  ourNames: readonly string[],
): string[] {
  const ours = new Set(ourNames.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const names = new Set<string>();
  for (const doc of documents) {
    if (doc.kind !== 'battlecard') continue;
    const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(doc.body)?.[1] ?? '';
    // What is left of "INTERNAL battlecard: VetPulse and ClinicCore (internal only)" is the names.
    const titles = [doc.title, heading].map((t) =>
      t
        .replace(CARD_WORDS, ' ')
        .replace(/\(\s*\)/g, ' ')
        .replace(/^[\s:–—-]+|[\s:–—-]+$/g, ''),
    );
    for (const phrase of titles.flatMap((t) => t.split(BETWEEN_NAMES))) {
      const words = phrase
        .split(/[\s:–—,/()|-]+/)
        .filter(
          (w) =>
            /^\p{Lu}[\p{L}\p{N}&.']{2,}$/u.test(w) &&
            !ours.has(w.toLowerCase()) &&
            !GENERIC_STEMS.has(stem(w)),
        );
      if (words.length === 0) continue;
      names.add(words[0]!);
      const full = phrase.replace(/\s+/g, ' ').trim();
      if (full.startsWith(words[0]!) && full.length <= 40 && full.split(/\s+/).length <= 3) names.add(full);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

const LEGAL_SUFFIX =
  /\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|Ltd\.?|Limited|Co\.?|Company|Group|Holdings|Industries|Systems|Technologies|Technology|Health|Healthcare|Foods|Logistics|Enterprises|Labs|Solutions|Partners|International|Global|GmbH|AG|SA|PLC|plc|BV|NV)$/;

export type AccountName = {
  accountId: string;
  name: string;
  /** The name without its legal or sector suffixes ("Umbrella" for "Umbrella Health"), and its leading pair ("Hollins & Bray"), where distinctive. */
  shortNames: readonly string[];
  domain: string | undefined;
};

export function accountNames(accounts: readonly Account[], excluded: readonly string[]): AccountName[] {
  const skip = new Set(excluded.map((e) => e.toLowerCase()));
  return accounts
    .filter((a) => !skip.has(a.name.toLowerCase()))
    .map((a) => {
      // "Umbrella Health" → "Umbrella"; "Kestle Logistics Ltd" → "Kestle"; "Massive Dynamic" →
      // "Massive"; "Hollins & Bray Home Ltd" → "Hollins & Bray Home" and "Hollins & Bray": the words
      // people use for the company.
      let stripped = a.name;
      while (LEGAL_SUFFIX.test(stripped)) stripped = stripped.replace(LEGAL_SUFFIX, '').trim();
      const pair = /^[\p{Lu}][\p{L}'’-]+ (?:&|and) [\p{Lu}][\p{L}'’-]+/u.exec(stripped)?.[0];
      const short = [
        stripped !== a.name ? stripped : (a.name.split(/\s+/)[0] ?? a.name),
        ...(pair && pair !== stripped ? [pair] : []),
      ];
      const distinctive = (name: string) =>
        name !== a.name &&
        name.length >= 4 &&
        !skip.has(name.toLowerCase()) &&
        !GENERIC_STEMS.has(stem(name));
      return {
        accountId: a.id,
        name: a.name,
        shortNames: short.filter(distinctive),
        domain: a.domain?.toLowerCase(),
      };
    });
}
