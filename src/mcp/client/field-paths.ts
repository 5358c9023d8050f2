/** Reads one of our records out of one of theirs with a mapping's field specs: paths, conversions, value tables, lists. */
import type { FieldSpec } from './crm-mapping.ts';

type Json = unknown;

/** Follows a dot path ("owner.email", "stages.0.name"); "$" is the value itself. */
export function readPath(value: Json, path: string): Json {
  if (path === '$') return value;
  let current: Json = value;
  for (const key of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, Json>)[key];
  }
  return current;
}

// An empty list is as good as no list: the store leaves an empty `to` or stage history out, and so do we.
const absent = (v: Json) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** ISO 8601 in UTC, without milliseconds when there are none (the store writes instants that way). */
const isoInstant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function convert(value: Json, as: Exclude<FieldSpec, string | { const: unknown }>['as']): Json {
  if (absent(value) || as === undefined) return absent(value) ? undefined : value;
  switch (as) {
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(/[,_\s]/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return ['true', '1', 'yes'].includes(String(value).toLowerCase());
    case 'date': {
      const text = String(value);
      // The calendar date as written, not shifted to UTC: "2026-03-31T00:00:00-05:00" is March 31.
      if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
      const ms = typeof value === 'number' ? value : Date.parse(text);
      return Number.isNaN(ms) ? undefined : isoInstant(ms).slice(0, 10);
    }
    case 'datetime': {
      const ms = Date.parse(String(value));
      if (Number.isNaN(ms)) return undefined;
      // A time with its zone is kept as written: the writer's offset says which day "Friday" was for them.
      return /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(String(value)) ? String(value) : isoInstant(ms);
    }
    case 'epoch_ms':
    case 'epoch_s': {
      const n = Number(value);
      return Number.isFinite(n) ? isoInstant(as === 'epoch_s' ? n * 1000 : n) : undefined;
    }
    case 'string_list':
      return Array.isArray(value)
        ? value.map(String)
        : String(value)
            .split(/[,;]\s*/)
            .filter(Boolean);
  }
}

export function readField(record: Json, spec: FieldSpec): Json {
  if (typeof spec === 'string') {
    const v = readPath(record, spec);
    return absent(v) ? undefined : v;
  }
  if ('const' in spec) return spec.const;
  let value = readPath(record, spec.path);
  if (Array.isArray(value) && spec.each) {
    const each = spec.each;
    value = value.map((item) => mapFields(item, each));
  } else if (Array.isArray(value) && spec.pluck) {
    const pluck = spec.pluck;
    value = value.map((item) => readPath(item, pluck)).filter((v) => !absent(v));
  }
  value = convert(value, spec.as);
  if (spec.values && !absent(value)) value = spec.values[String(value)];
  return absent(value) ? spec.default : value;
}

/** Our record from theirs; fields that come out empty are left out, so optional fields stay absent. */
export function mapFields(record: Json, fields: Record<string, FieldSpec>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [field, spec] of Object.entries(fields)) {
    const value = readField(record, spec);
    if (value !== undefined) out[field] = value;
  }
  return out;
}
