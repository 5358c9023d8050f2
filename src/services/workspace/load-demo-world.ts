/** Writes a demo world, imports it into the store and gives every user a login: `demo --load` and `start`. */
import { type DemoOptions, type DemoWorldSummary, writeDemoWorld } from '../../demo/index.ts';
import type { Store } from '../../store/open-store.ts';
import { createDemoLogins, type DemoLogin } from '../auth/demo-logins.ts';
import { type ImportSummary, importWorkspaceFile } from './import-workspace.ts';

export type LoadedDemo = { world: DemoWorldSummary; imported: ImportSummary; logins: DemoLogin[] };

export async function loadDemoWorld(
  store: Store,
  options: DemoOptions,
  dir: string,
  password?: string,
): Promise<LoadedDemo> {
  const world = writeDemoWorld(options, dir);
  const imported = await importWorkspaceFile(store, world.workspacePath);
  const logins = await createDemoLogins(store.db, { password });
  return { world, imported, logins };
}

/** The logins as a table for the terminal: reps first, since they are who the app is for. */
export function formatLogins(logins: readonly DemoLogin[], limit = 12): string {
  const order = { rep: 0, manager: 1, admin: 2 } as const;
  const sorted = [...logins].sort((a, b) => order[a.role] - order[b.role] || a.email.localeCompare(b.email));
  const shown = sorted.slice(0, limit);
  const width = Math.max(...shown.map((l) => l.email.length));
  const lines = shown.map((l) => `  ${l.role.padEnd(8)} ${l.email.padEnd(width)}  ${l.password}`);
  if (sorted.length > shown.length)
    lines.push(`  … and ${sorted.length - shown.length} more (closeloop user passwd <email> sets one)`);
  return lines.join('\n');
}
