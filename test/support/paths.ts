/** Where tests find the shared example data (../shared beside the project root). */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDir = fileURLToPath(new URL('../../../shared', import.meta.url));
export const examplesDir = `${sharedDir}/fixtures/examples`;
export const northwindWorkspace = `${examplesDir}/northwind.workspace.json`;
export const northwindLabels = `${examplesDir}/northwind.labels.json`;
