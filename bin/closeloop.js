#!/usr/bin/env node
// Runs the CLI bundle that `npm ci` builds (`npm run build`), which starts in under a second, as long as no source
// file is newer than it. Otherwise it runs the TypeScript sources through tsx (a few seconds to start), so an edit
// takes effect without a rebuild and a stale bundle never runs.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/closeloop.js', import.meta.url);

function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  const built = statSync(bundle, { throwIfNoEntry: false });
  return (
    built !== undefined && built.mtimeMs >= newestChange(fileURLToPath(new URL('../src', import.meta.url)))
  );
}

if (bundleIsCurrent()) {
  // Stack traces are asked for only with --debug, and then they should name the TypeScript sources.
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
