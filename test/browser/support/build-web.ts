/** Builds the front end once before the browser tests, so they test what `npm start` serves. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../support/paths.ts';

export default function setup(): void {
  execFileSync(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: projectRoot,
      // Vitest sets NODE_ENV=test, which would give React's development build: test what ships instead.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
}
