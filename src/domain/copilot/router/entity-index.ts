/** Every way a rep may name one of their records: full names, short names, first names, nicknames, domains, ids. */
import { isCommonWord } from '../text/common-words.ts';
import { phrase } from '../text/fold-text.ts';
import { nicknamesOf } from '../text/nicknames.ts';
import type { RepRecords } from './rep-records.ts';

export type AliasKind =
  | 'full'
  | 'id'
  | 'email'
  | 'domain'
  | 'short'
  | 'deal_part'
  | 'last'
  | 'first'
  | 'nickname'
  | 'title';
export type RecordType = 'account' | 'contact' | 'opportunity' | 'product';

export type Alias = {
  /** Folded words joined by spaces. */
  words: string;
  kind: AliasKind;
  type: RecordType;
  id: string;
  /** The account the record belongs to (the account itself for an account); none for a product. */
  accountId?: string;
  label: string;
  /** A one-word alias that is also an everyday word ("Bill", "Frank", "Massive"): it needs a capital or a cue. */
  needsCue: boolean;
};

export type EntityIndex = {
  byWords: ReadonlyMap<string, readonly Alias[]>;
  /** One-word aliases long enough to recognise through a typo. */
  fuzzy: readonly Alias[];
  longest: number;
  records: RepRecords;
};

/** How much a match of each kind says about which record is meant. */
export const ALIAS_WEIGHT: Record<AliasKind, number> = {
  full: 1,
  id: 1,
  email: 1,
  domain: 0.95,
  short: 0.9,
  deal_part: 0.75,
  last: 0.75,
  first: 0.7,
  nickname: 0.6,
  // "their CFO": a role names a person only when the rep has one such contact.
  title: 0.55,
};

// Trailing words that say what kind of company it is, not which one: "Acme Corp" is "acme".
const COMPANY_SUFFIX =
  /\s+(?:corp|corporation|inc|incorporated|llc|ltd|limited|co|company|group|holdings|industries|enterprises|systems|partners|plc|gmbh|ag|sa|bv|international|technologies|labs)$/;

export function buildEntityIndex(records: RepRecords): EntityIndex {
  const byWords = new Map<string, Alias[]>();
  const seller = new Set(phrase(records.sellerName).split(' '));
  const add = (words: string, alias: Omit<Alias, 'words' | 'needsCue'>) => {
    if (!words || seller.has(words)) return;
    const single = !words.includes(' ');
    const needsCue = single && alias.kind !== 'id' && (isCommonWord(words) || words.length < 3);
    const list = byWords.get(words) ?? [];
    if (!list.some((a) => a.type === alias.type && a.id === alias.id))
      list.push({ ...alias, words, needsCue });
    byWords.set(words, list);
  };

  for (const a of records.accounts) {
    const base = { type: 'account' as const, id: a.id, accountId: a.id, label: a.name };
    const full = phrase(a.name);
    add(full, { ...base, kind: 'full' });
    add(phrase(a.id), { ...base, kind: 'id' });
    const short = full.replace(COMPANY_SUFFIX, '');
    if (short !== full) add(short, { ...base, kind: 'short' });
    const first = full.split(' ')[0] ?? '';
    if (first !== full && first.length >= 4 && first !== 'the') add(first, { ...base, kind: 'short' });
    if (a.domain) {
      add(phrase(a.domain), { ...base, kind: 'domain' });
      add(phrase(a.domain.split('.')[0] ?? ''), { ...base, kind: 'domain' });
    }
  }

  for (const o of records.opportunities) {
    const base = { type: 'opportunity' as const, id: o.id, accountId: o.accountId, label: o.name };
    add(phrase(o.name), { ...base, kind: 'full' });
    add(phrase(o.id), { ...base, kind: 'id' });
    // "Globex - Plant analytics": the part after the account's name is what the rep calls the deal.
    const part = o.name
      .split(/\s+[-–—:|]\s+/)
      .slice(1)
      .join(' ');
    if (part) add(phrase(part), { ...base, kind: 'deal_part' });
  }

  for (const c of records.contacts) {
    const base = { type: 'contact' as const, id: c.id, accountId: c.accountId, label: c.name };
    const names = phrase(c.name).split(' ');
    add(names.join(' '), { ...base, kind: 'full' });
    add(phrase(c.email), { ...base, kind: 'email' });
    add(phrase(c.id), { ...base, kind: 'id' });
    const first = names[0] ?? '';
    const last = names[names.length - 1] ?? '';
    // A one-word title ("Engineer") is too often just a word; "CFO" or "VP Operations" is a person.
    if (c.title && (/\s/.test(c.title.trim()) || /^[A-Z]{2,5}$/.test(c.title.trim()))) {
      const title = phrase(c.title);
      add(title, { ...base, kind: 'title' });
      if (title.includes(' of ')) add(title.replace(' of ', ' '), { ...base, kind: 'title' });
    }
    if (names.length > 1) {
      add(first, { ...base, kind: 'first' });
      add(last, { ...base, kind: 'last' });
      for (const nick of nicknamesOf(first)) {
        add(nick, { ...base, kind: 'nickname' });
        add([nick, ...names.slice(1)].join(' '), { ...base, kind: 'full' });
      }
    }
  }

  for (const p of records.products) {
    const base = { type: 'product' as const, id: p.sku, label: p.name };
    const full = phrase(p.name);
    add(full, { ...base, kind: 'full' });
    add(phrase(p.sku), { ...base, kind: 'id' });
    const plain = full
      .split(' ')
      .filter((w) => !seller.has(w))
      .join(' ');
    if (plain && plain !== full) add(plain, { ...base, kind: 'short' });
  }

  const fuzzy = [...byWords.values()].flat().filter((a) => !a.words.includes(' ') && a.words.length >= 5);
  const longest = Math.max(1, ...[...byWords.keys()].map((k) => k.split(' ').length));
  return { byWords, fuzzy, longest: Math.min(longest, 8), records };
}
