/** Test support: the shared JSON Schemas (draft 2020-12) compiled with ajv, as an importer outside this project would. */
import { readFileSync } from 'node:fs';
import ajv2020Module from 'ajv/dist/2020.js';
import ajvFormatsModule from 'ajv-formats';
import { sharedDir } from './paths.ts';

// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv2020 = ajv2020Module.default;
const addFormats = ajvFormatsModule.default;

function compile(name: string): (data: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(`${sharedDir}/fixtures/${name}`, 'utf8')));
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Errors against workspace.schema.json; empty when valid. */
export const workspaceSchemaErrors = compile('workspace.schema.json');
/** Errors against labels.schema.json; empty when valid. */
export const labelsSchemaErrors = compile('labels.schema.json');
