/** Names of the competitors our battlecards are about, and of the workspace's other customers. */
import { stem } from '../../knowledge/text-tokens.ts';
import type { Account, KnowledgeDocument } from '../../workspace/workspace-schema.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';

const CARD_WORDS =
  /\b(?:battle\s?cards?|competitive|competitor|comparison|compared to|versus|vs\.?|against|overview|guide|how to win|objections?)\b/gi;

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
    for (const phrase of [doc.title, heading]) {
      const words = phrase
        .replace(CARD_WORDS, ' ')
        .split(/[\s:–—,/()|-]+/)
        .filter(
          (w) =>
            /^\p{Lu}[\p{L}\p{N}&.']{2,}$/u.test(w) &&
            !ours.has(w.toLowerCase()) &&
            !GENERIC_STEMS.has(stem(w)),
        );
      if (words.length === 0) continue;
      names.add(words[0]!);
      const full = phrase.replace(CARD_WORDS, ' ').trim();
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
  /** The name without its legal or sector suffix ("Umbrella" for "Umbrella Health"), when distinctive. */
  shortName: string | undefined;
  domain: string | undefined;
};

export function accountNames(accounts: readonly Account[], excluded: readonly string[]): AccountName[] {
  const skip = new Set(excluded.map((e) => e.toLowerCase()));
  return accounts
    .filter((a) => !skip.has(a.name.toLowerCase()))
    .map((a) => {
      // "Umbrella Health" → "Umbrella"; "Massive Dynamic" → "Massive": the word people use for the company.
      const stripped = a.name.replace(LEGAL_SUFFIX, '').trim();
      const short = stripped !== a.name ? stripped : (a.name.split(/\s+/)[0] ?? a.name);
      const distinctive =
        short !== a.name &&
        short.length >= 4 &&
        !skip.has(short.toLowerCase()) &&
        !GENERIC_STEMS.has(stem(short));
      return {
        accountId: a.id,
        name: a.name,
        shortName: distinctive ? short : undefined,
        domain: a.domain?.toLowerCase(),
      };
    });
}
