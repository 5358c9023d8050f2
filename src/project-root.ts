/** The checkout's root folder, for the files closeloop reads at run time (migrations, the built front end). */
import { fileURLToPath } from 'node:url';

// This module sits one folder below the root, and so does the CLI bundle (`dist/closeloop.js`) it is built into:
// the same relative step finds the root from either.
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
