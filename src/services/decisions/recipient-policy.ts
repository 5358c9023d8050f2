/** Who a proposal may reach: the deal account's active contacts and our own people, nobody else. */
import { eq, sql } from 'drizzle-orm';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import type { Db } from '../../store/open-store.ts';
import { accounts, contacts } from '../../store/schema/index.ts';
import { bareAddress, type QueueFinding } from './proposal-record.ts';

export type AccountContact = { id: string; name: string; email: string; status: string | null };

const ADDRESS = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

export function isSellerAddress(address: string, sellerDomains: readonly string[]): boolean {
  const domain = address.split('@')[1] ?? '';
  return sellerDomains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/** Pure: one blocking finding per address that is malformed, inactive, or not the account's. */
export function checkRecipientList(
  addresses: readonly string[],
  world: { contacts: readonly AccountContact[]; sellerDomains: readonly string[]; accountName: string },
): QueueFinding[] {
  const byEmail = new Map(world.contacts.map((c) => [c.email.toLowerCase(), c]));
  const findings: QueueFinding[] = [];
  const block = (text: string, check: string, reason: string, citation?: QueueFinding['citation']): void => {
    findings.push({
      kind: 'recipient',
      severity: 'block',
      text,
      check,
      reason,
      source: 'queue',
      ...(citation ? { citation } : {}),
    });
  };
  for (const raw of addresses) {
    const address = bareAddress(raw);
    if (!ADDRESS.test(address)) block(raw, 'malformed', `"${raw}" is not an email address`);
    else if (isSellerAddress(address, world.sellerDomains)) continue;
    else {
      const contact = byEmail.get(address);
      const status = contact?.status ?? 'active';
      if (!contact)
        block(
          raw,
          'unknown',
          `${address} is not an active contact of ${world.accountName} nor one of our own addresses`,
        );
      else if (status !== 'active')
        block(
          raw,
          status,
          `${contact.name} (${address}) ${status === 'left_company' ? 'has left the company' : 'bounced'}`,
          {
            id: contact.id,
            label: `contact ${contact.id} status`,
            quote: status,
          },
        );
    }
  }
  return findings;
}

export async function checkRecipients(
  db: Db,
  accountId: string,
  addresses: readonly string[],
): Promise<QueueFinding[]> {
  if (addresses.length === 0) return [];
  // One after another: inside a transaction they share one connection, which runs one query at a time anyway.
  const head = await readWorkspaceHead(db);
  const [account] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  const accountContacts = await db
    .select({
      id: contacts.id,
      name: contacts.name,
      email: sql<string>`lower(${contacts.email})`,
      status: contacts.status,
    })
    .from(contacts)
    .where(eq(contacts.accountId, accountId));
  return checkRecipientList(addresses, {
    contacts: accountContacts,
    sellerDomains: head?.seller.domains ?? [],
    accountName: account?.name ?? accountId,
  });
}

export async function sellerDomains(db: Db): Promise<string[]> {
  return (await readWorkspaceHead(db))?.seller.domains ?? [];
}
