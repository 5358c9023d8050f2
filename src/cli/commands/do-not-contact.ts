/** `closeloop do-not-contact add|remove|list`: addresses no proposal may ever reach. */
import type { Command } from 'commander';
import {
  addDoNotContact,
  listDoNotContact,
  removeDoNotContact,
} from '../../services/decisions/do-not-contact.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

type Flags = { reason?: string; as?: string; json?: boolean };

export function register(program: Command): void {
  const dnc = program
    .command('do-not-contact')
    .alias('dnc')
    .description('the do-not-contact list: no email or invite reaches these addresses');
  dnc
    .command('add')
    .argument('<email>', 'the address')
    .option('--reason <text>', 'why (they asked, legal, bounced)')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(async (email: string, flags: Flags) => {
      const r = await withRuntime(
        async ({ store, decisions }) =>
          addDoNotContact(
            store.db,
            await actingUser(store.db, flags.as),
            { email, reason: flags.reason },
            decisions,
          ),
        { jobs: false },
      );
      console.log(
        flags.json
          ? JSON.stringify(r)
          : r.added
            ? `${r.email} is on the do-not-contact list.`
            : `${r.email} was already listed.`,
      );
    });
  dnc
    .command('remove')
    .argument('<email>', 'the address')
    .option('--reason <text>', 'why it may be contacted again')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(async (email: string, flags: Flags) => {
      const r = await withRuntime(
        async ({ store, decisions }) =>
          removeDoNotContact(
            store.db,
            await actingUser(store.db, flags.as),
            { email, reason: flags.reason },
            decisions,
          ),
        { jobs: false },
      );
      console.log(
        flags.json
          ? JSON.stringify(r)
          : r.removed
            ? `${r.email} may be contacted again.`
            : `${r.email} was not listed.`,
      );
    });
  dnc
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (flags: Flags) => {
      const list = await withRuntime(({ store }) => listDoNotContact(store.db), { jobs: false });
      if (flags.json) return console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) return console.log('The do-not-contact list is empty.');
      for (const e of list)
        console.log(
          `${e.email}  added by ${e.addedBy} on ${e.addedAt.slice(0, 10)}${e.reason ? ` (${e.reason})` : ''}`,
        );
    });
}
