/**
 * `closeloop.mcp-mapping/v1`: how another CRM's MCP server maps onto closeloop's records, as declarative JSON: which
 * tool to call for each kind of record, with which ids, where the records sit in its result, and where each of our
 * fields sits in a record. docs/mcp.md has a complete example.
 */
import { z } from 'zod';

export const MAPPING_FORMAT = 'closeloop.mcp-mapping/v1';

/** A dot path into a record ("properties.amount", "owner.email", "stages.0.name"); "$" is the record itself. */
const Path = z.string().min(1).max(300);

const Conversion = z.enum([
  'string',
  'number',
  'boolean',
  'date',
  'datetime',
  'epoch_ms',
  'epoch_s',
  'string_list',
]);

/** One of our fields: a path, or a path with a conversion, a table of values, or a list to map item by item. */
export type FieldSpec =
  | string
  | { const: string | number | boolean }
  | {
      path: string;
      as?: z.infer<typeof Conversion>;
      /** Their value → ours ("appointmentscheduled" → "Discovery"); a value missing from the table is dropped. */
      values?: Record<string, string | number | boolean>;
      /** For a list of strings taken from a list of objects: the path inside each item ("email"). */
      pluck?: string;
      /** For a list of records (a stage history): our field → their path inside each item. */
      each?: Record<string, FieldSpec>;
      default?: string | number | boolean;
    };

export const FieldSpec: z.ZodType<FieldSpec> = z.lazy(() =>
  z.union([
    Path,
    z.object({ const: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z
      .object({
        path: Path,
        as: Conversion.optional(),
        values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
        pluck: Path.optional(),
        each: z.record(z.string(), FieldSpec).optional(),
        default: z.union([z.string(), z.number(), z.boolean()]).optional(),
      })
      .strict(),
  ]),
);

export const RecordSource = z
  .object({
    /** The tool's name on their server. */
    tool: z.string().min(1),
    /** The argument that carries the ids: a list, or one id per call when `perId` is set. */
    argument: z.string().min(1),
    /** The tool takes one id per call (per-account tools): one call per id, `concurrency` at a time. */
    perId: z.boolean().default(false),
    /** Ids per call for a list argument: keeps each answer a sensible size. */
    maxIdsPerCall: z.number().int().min(1).max(10_000).default(100),
    /** Arguments passed unchanged on every call ({ "includeArchived": false }). */
    arguments: z.record(z.string(), z.unknown()).default({}),
    /** Where the records are in the result (structured content, or JSON in its text): "results", "data.items", "$". */
    records: Path.default('$'),
    /** Our field → where it is in one of their records. */
    fields: z.record(z.string(), FieldSpec),
  })
  .strict();

/** Each source is called with the ids its records hang off: deals by deal id, people by user id, the rest by account id. */
export const CrmMapping = z
  .object({
    format: z.literal(MAPPING_FORMAT),
    /** The deals a mission asks for, called with their deal ids. */
    opportunities: RecordSource,
    /** Called with the deals' account ids, like contacts, activities, openOpportunities and usage. */
    accounts: RecordSource,
    contacts: RecordSource,
    activities: RecordSource,
    /** The accounts' open deals, to attribute mail that names no deal; without it each deal is its account's only one. */
    openOpportunities: RecordSource.optional(),
    usage: RecordSource.optional(),
    /** Deal and account owners (names, time zones), called with user ids; without it a context has no owner. */
    users: RecordSource.optional(),
    /** Calls in flight at once for per-id tools. */
    concurrency: z.number().int().min(1).max(32).default(4),
  })
  .strict();

export type RecordSource = z.infer<typeof RecordSource>;
export type CrmMapping = z.infer<typeof CrmMapping>;
export type CrmMappingInput = z.input<typeof CrmMapping>;
