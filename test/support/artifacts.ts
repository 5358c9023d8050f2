/** Screenshots and logs land here; CI keeps the folder as the run's artifacts. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export const ARTIFACTS = path.join(projectRoot, 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });

export const artifact = (name: string): string => path.join(ARTIFACTS, name);
