/** The seller's own people: reps in teams under managers, a VP when there is more than one team, and an admin. */
import type { User } from '../../domain/workspace/workspace-schema.ts';
import { type RegionKey, region, TEAM_HOME, type TeamRegion } from '../accounts/regions.ts';
import { SELLER } from '../catalog/seller.ts';
import { mailStyleFor } from '../mail/mail-style.ts';
import type { Rng } from '../random.ts';
import { mailboxPart } from './email-address.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { Person } from './person.ts';
import { REP_TITLES } from './titles.ts';

/** A rep with what their deals need to know about them. */
export interface RepProfile {
  readonly index: number;
  readonly user: User;
  readonly person: Person;
  readonly manager: Person;
  readonly teamRegion: TeamRegion;
}

export interface Team {
  readonly users: readonly User[];
  readonly reps: readonly RepProfile[];
}

/** Reps per manager: a realistic span of control, so a small world still has a manager over several reps. */
const TEAM_SIZE = 6;

export function buildTeam(rng: Rng, repCount: number, idWidth: number): Team {
  const taken = new Set<string>();
  const makePerson = (id: string, title: string, home: RegionKey): Person => {
    let first = '';
    let last = '';
    let local = '';
    do {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
      local = `${mailboxPart(first)}.${mailboxPart(last)}`;
    } while (taken.has(local) && taken.size < FIRST_NAMES.length * LAST_NAMES.length);
    taken.add(local);
    const r = region(home);
    const name = `${first} ${last}`;
    const phone = r.phone(rng);
    return {
      id,
      first,
      last,
      name,
      email: `${local}@${SELLER.domains[0]}`,
      title,
      company: SELLER.name,
      phone,
      tz: rng.pick(r.timezones),
      region: r,
      side: 'seller',
      style: mailStyleFor(rng.fork(`style-${id}`), {
        side: 'seller',
        first,
        name,
        title,
        company: SELLER.name,
        phone,
        website: SELLER.website,
        regionKey: r.key,
        dateStyle: r.dateStyle,
        twelveHour: r.twelveHour,
      }),
    };
  };
  const asUser = (p: Person, role: User['role'], managerId?: string): User => ({
    id: p.id,
    name: p.name,
    email: p.email,
    role,
    ...(managerId ? { managerId } : {}),
    timezone: p.tz,
  });

  const teamCount = Math.max(1, Math.ceil(repCount / TEAM_SIZE));
  const users: User[] = [];
  const vp = teamCount > 1 ? makePerson('u-vp-sales', 'VP of Sales', 'us_east') : undefined;
  if (vp) users.push(asUser(vp, 'manager'));

  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const teamWidth = Math.max(2, String(teamCount).length);
  const reps: RepProfile[] = [];
  for (let t = 0; t < teamCount; t++) {
    const teamRegion = rng.weighted<TeamRegion>([
      ['na', 13],
      ['emea', 5],
      ['apac', 2],
    ]);
    const home = (): RegionKey => rng.weighted(TEAM_HOME[teamRegion]);
    const manager = makePerson(`u-mgr-${pad(t + 1, teamWidth)}`, 'Sales Manager', home());
    users.push(asUser(manager, 'manager', vp?.id));
    const first = t * TEAM_SIZE;
    const last = Math.min(repCount, first + TEAM_SIZE);
    for (let i = first; i < last; i++) {
      const person = makePerson(`u-rep-${pad(i + 1, idWidth)}`, rng.pick(REP_TITLES), home());
      const user = asUser(person, 'rep', manager.id);
      users.push(user);
      reps.push({ index: i, user, person, manager, teamRegion });
    }
  }
  const admin = makePerson('u-admin', 'Revenue Operations Manager', 'us_east');
  users.push(asUser(admin, 'admin'));
  return { users, reps };
}
