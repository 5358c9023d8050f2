/** Who a draft goes to: the person the moment calls for, and only active contacts of the deal's account. */
import type { Contact } from '../workspace/workspace-schema.ts';
import { type DealReading, writableContact } from './deal-reading.ts';

// Who usually carries a deal for the customer, when nothing in the thread says who to answer.
const OWNER_ORDER: readonly NonNullable<Contact['role']>[] = [
  'champion',
  'decision_maker',
  'economic_buyer',
  'influencer',
  'user',
  'other',
  'procurement',
  'legal',
];

// Who can carry a deal when its champion is gone: someone with budget or a say first, then the buying team.
const SPONSOR_ORDER: readonly NonNullable<Contact['role']>[] = [
  'economic_buyer',
  'decision_maker',
  'champion',
  'influencer',
  'procurement',
  'user',
  'other',
  'legal',
];

const rank = (order: readonly string[], c: Contact) => {
  const i = order.indexOf(c.role ?? 'other');
  return i < 0 ? order.length : i;
};

function byRole(reading: DealReading, order: readonly string[], exclude: ReadonlySet<string>): Contact[] {
  return reading.context.contacts
    .filter((c) => !exclude.has(c.email.toLowerCase()) && writableContact(reading, c.email))
    .sort((a, b) => rank(order, a) - rank(order, b) || a.name.localeCompare(b.name));
}

/** Customers who wrote on this deal, or were written to, latest first. */
function threadPeople(reading: DealReading): string[] {
  const people: string[] = [];
  for (const r of [...reading.timeline].reverse()) {
    if (reading.automated.has(r.activity.id)) continue;
    const candidates = r.party === 'them' ? [r.from] : r.party === 'us' ? r.recipients : [];
    for (const a of candidates) if (a && !people.includes(a)) people.push(a);
  }
  return people;
}

/**
 * The one person to write to: the first preferred address we may still write to, else whoever we last
 * talked with on the deal, else the contact whose role usually owns it.
 */
export function primaryContact(
  reading: DealReading,
  preferred: readonly (string | undefined)[] = [],
): Contact | undefined {
  for (const address of [...preferred, ...threadPeople(reading)]) {
    const contact = writableContact(reading, address);
    if (contact) return contact;
  }
  return byRole(reading, OWNER_ORDER, new Set())[0];
}

/** Someone new to bring in when the deal hangs on one person who is gone or silent. */
export function newSponsor(
  reading: DealReading,
  named: readonly string[],
  exclude: readonly string[],
): Contact | undefined {
  for (const address of named) {
    const contact = writableContact(reading, address);
    if (contact && !exclude.includes(contact.email.toLowerCase())) return contact;
  }
  return byRole(reading, SPONSOR_ORDER, new Set(exclude.map((e) => e.toLowerCase())))[0];
}
