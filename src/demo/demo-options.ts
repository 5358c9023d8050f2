/** The options of a demo world, parsed once at the edge: how many reps and deals, the seed and "now". */
import { z } from 'zod';
import { isoDateTime } from '../domain/workspace/workspace-schema.ts';

/** Monday 16 March 2026, 08:30 in New York: a fixed "now", so a seed alone decides the world (never the machine clock). */
export const DEFAULT_AS_OF = '2026-03-16T12:30:00Z';

export const DemoOptions = z.object({
  reps: z.number().int().min(1).max(5000).default(4),
  oppsPerRep: z.number().int().min(1).max(5000).default(30),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(7),
  asOf: isoDateTime.default(DEFAULT_AS_OF),
});

export type DemoOptionsInput = z.input<typeof DemoOptions>;
export type DemoOptions = z.output<typeof DemoOptions>;
