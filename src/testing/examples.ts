/** The shared example world (../shared/fixtures/examples), parsed with the shared schemas, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Label, LabelsV1 } from '../domain/labels/labels-schema.ts';
import { type Workspace, WorkspaceV1 } from '../domain/workspace/workspace-schema.ts';

export const examplesDir = fileURLToPath(new URL('../../../shared/fixtures/examples/', import.meta.url));

export function northwindWorkspace(): Workspace {
  return WorkspaceV1.parse(JSON.parse(readFileSync(`${examplesDir}northwind.workspace.json`, 'utf8')));
}

export function northwindLabels(): Label[] {
  return LabelsV1.parse(JSON.parse(readFileSync(`${examplesDir}northwind.labels.json`, 'utf8'))).labels;
}
