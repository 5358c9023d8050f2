/** `closeloop user`: logins for the web app, API tokens for scripts and MCP hosts. Passwords are shown once. */
import { text } from 'node:stream/consumers';
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/auth/api-tokens.ts';
import { authConfig } from '../../services/auth/auth-config.ts';
import { addLogin, findUserByEmail, listLogins, setPassword } from '../../services/auth/credentials.ts';
import { readablePassword } from '../../services/auth/secret-token.ts';
import { withStore } from '../with-store.ts';

/** One line from stdin (`echo pw | closeloop user passwd x --password-stdin`), so a password never sits in argv. */
async function passwordFromStdin(): Promise<string> {
  const line = (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  if (!line) throw new UserError('invalid_input', '--password-stdin: stdin was empty');
  return line;
}

async function userByEmail(db: Parameters<typeof findUserByEmail>[0], email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new UserError('not_found', `no user with the email ${email}`);
  return user;
}

function count(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value))
      throw new UserError('invalid_input', `--${name} expects a whole number, got "${value}"`);
    return Number(value);
  };
}

export function register(program: Command): void {
  const user = program
    .command('user')
    .description('manage web logins and personal API tokens')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop user add dana@northwind.io\n  $ closeloop user add ops@northwind.io --admin --name "Ops"\n  $ closeloop user passwd dana@northwind.io --password-stdin < pw.txt\n  $ closeloop user token dana@northwind.io --name "claude desktop"',
    );

  user
    .command('add <email>')
    .description('give a CRM user a login (found by email), or create an administrator with --admin')
    .option('--admin', 'create an administrator if no user has this email')
    .option('--name <name>', "the administrator's name")
    .option('--password-stdin', 'read the password from stdin instead of generating one')
    .option('--json', 'print { email, role, password, created } as JSON')
    .action(
      async (
        email: string,
        flags: { admin?: boolean; name?: string; passwordStdin?: boolean; json?: boolean },
      ) => {
        const password = flags.passwordStdin ? await passwordFromStdin() : undefined;
        const added = await withStore((store) =>
          addLogin(store.db, { email, admin: flags.admin, name: flags.name, password }, authConfig()),
        );
        if (flags.json) {
          return console.log(
            JSON.stringify({
              email: added.user.email,
              role: added.user.role,
              password: added.generated ? added.password : undefined,
              created: added.created,
            }),
          );
        }
        console.log(
          `${added.created ? 'Created' : 'Gave a login to'} ${added.user.name} <${added.user.email}> (${added.user.role}).`,
        );
        if (added.generated) console.log(`Password (shown once): ${added.password}`);
      },
    );

  user
    .command('passwd <email>')
    .description("set a user's password (a new random one unless --password-stdin); logs them out everywhere")
    .option('--password-stdin', 'read the password from stdin')
    .action(async (email: string, flags: { passwordStdin?: boolean }) => {
      const password = flags.passwordStdin ? await passwordFromStdin() : readablePassword();
      const found = await withStore(async (store) => {
        const u = await userByEmail(store.db, email);
        await setPassword(store.db, u.id, password, authConfig());
        return u;
      });
      console.log(`Set the password of ${found.name} <${found.email}>; their sessions have ended.`);
      if (!flags.passwordStdin) console.log(`Password (shown once): ${password}`);
    });

  user
    .command('token <email>')
    .description('create a personal API token for the CLI or an MCP host (shown once); or --list, --revoke')
    .option('--name <name>', 'what the token is for', 'cli')
    .option(
      '--days <n>',
      'expires after this many days (0 = never; default $CLOSELOOP_TOKEN_DAYS or 90)',
      count('days'),
    )
    .option('--list', "list the user's tokens")
    .option('--revoke <id>', 'revoke a token by its id')
    .action(
      async (email: string, flags: { name: string; days?: number; list?: boolean; revoke?: string }) => {
        await withStore(async (store) => {
          const u = await userByEmail(store.db, email);
          if (flags.list) {
            const tokens = await listApiTokens(store.db, u.id);
            if (tokens.length === 0) return console.log(`${u.email} has no tokens.`);
            for (const t of tokens) {
              const state = t.revokedAt
                ? 'revoked'
                : t.expiresAt && t.expiresAt < new Date()
                  ? 'expired'
                  : 'active';
              console.log(
                `${t.id}  ${t.name.padEnd(20)} ${state.padEnd(8)} created ${t.createdAt.toISOString().slice(0, 10)}  last used ${t.lastUsedAt?.toISOString().slice(0, 16) ?? 'never'}`,
              );
            }
            return;
          }
          if (flags.revoke) {
            await revokeApiToken(store.db, u.id, flags.revoke, new Date());
            return console.log(`Revoked ${flags.revoke}.`);
          }
          const made = await createApiToken(store.db, u.id, {
            name: flags.name,
            days: flags.days ?? authConfig().tokenDays,
            now: new Date(),
          });
          console.log(
            `Token ${made.info.id} for ${u.email} (${made.info.name})${made.info.expiresAt ? `, expires ${made.info.expiresAt.toISOString().slice(0, 10)}` : ''}.`,
          );
          console.log(`Shown once: ${made.token}`);
          console.log('Use it as: Authorization: Bearer <token>');
        });
      },
    );

  user
    .command('list')
    .description('every user and whether they can log in')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }) => {
      const logins = await withStore((store) => listLogins(store.db));
      if (flags.json) return console.log(JSON.stringify(logins));
      for (const l of logins)
        console.log(
          `${l.role.padEnd(8)} ${l.email.padEnd(36)} ${l.name.padEnd(24)} ${l.hasPassword ? 'can log in' : 'no login'}`,
        );
    });
}
