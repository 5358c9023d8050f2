/** Writes workspace variants for tests: the example file with one change, as a temp file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Workspace } from '../../src/domain/workspace/workspace-schema.ts';
import { northwindWorkspace } from './paths.ts';

export function loadNorthwind(): Workspace {
  return JSON.parse(readFileSync(northwindWorkspace, 'utf8')) as Workspace;
}

export function writeTempJson(name: string, value: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-test-'));
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 1));
  return file;
}
