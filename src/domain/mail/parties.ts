/** Who wrote a message and to whom: our domains against the customer's, with mail systems told apart from people. */
import type { Activity, Seller } from '../workspace/workspace-schema.ts';

export type Party = 'us' | 'them' | 'system';
export type Direction = 'inbound' | 'outbound' | 'internal';

const SYSTEM_MAILBOX =
  /^(?:postmaster|mailer-daemon|mail-daemon|maildaemon|mail\.delivery|mailerdaemon|microsoftexchange[\w.-]*|no-?reply|do-?not-?reply|bounces?|bounce-\S*|auto-?reply|autoresponder)@/i;

/** The bare address in `Name <addr>` or `addr`, lower-cased. */
const addresses = new Map<string, string | undefined>();

export function addressOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (addresses.has(raw)) return addresses.get(raw);
  const lt = raw.indexOf('<');
  const inner = lt >= 0 ? raw.slice(lt + 1, raw.indexOf('>', lt) >>> 0 || raw.length) : raw;
  const a = inner.trim().toLowerCase();
  const address = a.includes('@') ? a : undefined;
  // Addresses repeat across a team's mail; the cache is bounded so a long run cannot grow it without end.
  if (addresses.size > 100_000) addresses.clear();
  addresses.set(raw, address);
  return address;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

export type SellerDomains = ReadonlySet<string>;

export function sellerDomains(seller: Seller): SellerDomains {
  return new Set(seller.domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')));
}

/** Ours when on one of the seller's domains or a subdomain of one ("eu.northwind.io"). */
export function isOurs(address: string, ours: SellerDomains): boolean {
  const domain = domainOf(address);
  if (ours.has(domain)) return true;
  for (const d of ours) if (domain.endsWith(`.${d}`)) return true;
  return false;
}

export function partyOfAddress(address: string, ours: SellerDomains): Party {
  if (SYSTEM_MAILBOX.test(address)) return 'system';
  return isOurs(address, ours) ? 'us' : 'them';
}

/**
 * Who authored an activity and which way it went. The `direction` field is trusted when the addresses
 * do not settle it; calls, meetings, notes and tasks are logged by us.
 */
export function authorship(activity: Activity, ours: SellerDomains): { party: Party; direction: Direction } {
  return authorshipOf(activity, addressOf(activity.from), recipientsOf(activity), ours);
}

/** The bare addresses an activity went to (To, then Cc). */
export function recipientsOf(activity: Activity): string[] {
  const out: string[] = [];
  for (const list of [activity.to, activity.cc]) {
    if (!list) continue;
    for (const raw of list) {
      const a = addressOf(raw);
      if (a !== undefined) out.push(a);
    }
  }
  return out;
}

/** `authorship` for a caller that already has the sender's and recipients' addresses. */
export function authorshipOf(
  activity: Activity,
  from: string | undefined,
  recipients: readonly string[],
  ours: SellerDomains,
): { party: Party; direction: Direction } {
  if (from) {
    const party = partyOfAddress(from, ours);
    if (party !== 'us') return { party, direction: 'inbound' };
    const external = recipients.some((r) => !isOurs(r, ours));
    if (external) return { party, direction: 'outbound' };
    if (recipients.length > 0) return { party, direction: 'internal' };
    return { party, direction: activity.direction ?? (activity.type === 'email' ? 'outbound' : 'internal') };
  }
  if (activity.direction === 'inbound') return { party: 'them', direction: 'inbound' };
  if (activity.direction) return { party: 'us', direction: activity.direction };
  if (activity.type === 'email') {
    const toUs = recipients.length > 0 && recipients.every((r) => isOurs(r, ours));
    return toUs ? { party: 'them', direction: 'inbound' } : { party: 'us', direction: 'outbound' };
  }
  if (activity.type === 'note' || activity.type === 'task') return { party: 'us', direction: 'internal' };
  return { party: 'us', direction: 'outbound' };
}
