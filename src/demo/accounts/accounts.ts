/** A customer account with its buying group: company, region, time zone and three to five contacts. */
import type { Account, Contact, ContactRole } from '../../domain/workspace/workspace-schema.ts';
import { mailStyleFor } from '../mail/mail-style.ts';
import { type AddressPattern, localPart, pickAddressPattern } from '../people/email-address.ts';
import { FIRST_NAMES, LAST_NAMES } from '../people/names.ts';
import type { Person } from '../people/person.ts';
import { TITLES } from '../people/titles.ts';
import type { Rng } from '../random.ts';
import { type CompanyNames, INDUSTRIES, type Industry } from './company-names.ts';
import { type Region, region, TEAM_MARKETS, type TeamRegion } from './regions.ts';

export interface CustomerAccount {
  readonly account: Account;
  readonly region: Region;
  readonly industry: Industry;
  /** Contacts as people who write mail, in the same order as `contacts`. */
  readonly people: readonly Person[];
  /** Mutable until the deal is finished: a situation may mark a contact as gone. */
  readonly contacts: Contact[];
}

const EXTRA_ROLES: ReadonlyArray<readonly [ContactRole, number]> = [
  ['procurement', 3],
  ['influencer', 3],
  ['user', 2],
  ['decision_maker', 2],
  ['legal', 2],
  ['other', 1],
];

export function buildCustomer(
  rng: Rng,
  names: CompanyNames,
  teamRegion: TeamRegion,
  ownerId: string,
  accountId: string,
): CustomerAccount {
  const r = region(rng.weighted(TEAM_MARKETS[teamRegion]));
  const industry = rng.pick(INDUSTRIES);
  const { name, domain } = names.next(rng, industry, r.tlds);
  const [minEmployees, maxEmployees] = industry.employees;
  const employees = Math.round(minEmployees * (maxEmployees / minEmployees) ** rng.next());
  const account: Account = { id: accountId, name, domain, industry: industry.name, ownerId, employees };
  const tz = rng.pick(r.timezones);
  const pattern: AddressPattern = pickAddressPattern(rng);

  const roles: ContactRole[] = ['champion', 'economic_buyer'];
  const extras = rng.int(1, 3);
  while (roles.length < 2 + extras) {
    const role = rng.weighted(EXTRA_ROLES);
    if (!roles.includes(role) || role === 'influencer' || role === 'user') roles.push(role);
  }

  const usedNames = new Set<string>();
  const usedMailboxes = new Set<string>();
  const people: Person[] = [];
  const contacts: Contact[] = [];
  roles.forEach((role, i) => {
    let first = '';
    let last = '';
    do {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
    } while (usedNames.has(first) || usedNames.has(`${first} ${last}`));
    usedNames.add(first);
    let local = localPart(pattern, first, last);
    if (usedMailboxes.has(local)) local = localPart('first.last', first, last);
    usedMailboxes.add(local);
    const id = `${accountId.replace(/^acc-/, 'con-')}-${i + 1}`;
    const title = rng.pick(TITLES[role]);
    const fullName = `${first} ${last}`;
    const email = `${local}@${domain}`;
    const phone = r.phone(rng);
    const person: Person = {
      id,
      first,
      last,
      name: fullName,
      email,
      title,
      company: name,
      phone,
      // Most of a buying group sits together; now and then someone works from another office.
      tz: rng.chance(0.12) ? rng.pick(r.timezones) : tz,
      region: r,
      side: 'customer',
      role,
      style: mailStyleFor(rng.fork(`style-${id}`), {
        side: 'customer',
        first,
        name: fullName,
        title,
        company: name,
        phone,
        website: `www.${domain}`,
        industry: industry.name,
        regionKey: r.key,
        dateStyle: r.dateStyle,
        twelveHour: r.twelveHour,
      }),
    };
    people.push(person);
    contacts.push({ id, accountId, name: fullName, email, title, role, status: 'active' });
  });
  return { account, region: r, industry, people, contacts };
}
