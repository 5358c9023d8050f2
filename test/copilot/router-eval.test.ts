import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRouterFile, loadRouterFile } from '../../src/services/copilot/router-worlds.ts';
import { projectRoot } from '../support/paths.ts';

const dir = path.join(projectRoot, 'test/fixtures/router');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.requests.json'))
  .map((f) => path.join(dir, f));

describe('the router on labelled requests', () => {
  it('is scored on at least 80 varied requests, against the example workspace and a demo world', () => {
    const loaded = files.map(loadRouterFile);
    expect(loaded.reduce((n, f) => n + f.file.cases.length, 0)).toBeGreaterThanOrEqual(80);
    expect(new Set(loaded.map((f) => f.file.world.kind))).toEqual(new Set(['workspace', 'demo']));
    const texts = loaded.flatMap((f) => f.file.cases.map((c) => `${c.as ?? ''}${c.text}`));
    expect(new Set(texts).size).toBe(texts.length);
  });

  for (const file of files) {
    const heldOut = loadRouterFile(file).file.heldOut;
    // A file the router was tuned on must pass whole; a held-out one measures new phrasings, misses included.
    const floor = heldOut ? 0.85 : 1;
    it(`routes ${path.basename(file)}${heldOut ? ' (held out)' : ''} at ${floor * 100}% or better, and asks back whenever it should`, () => {
      const run = evaluateRouterFile(file);
      expect(run.accuracy, JSON.stringify(run.misses, null, 1)).toBeGreaterThanOrEqual(floor);
      if (run.clarifyRecall !== null) expect(run.clarifyRecall).toBe(1);
    });
  }
});
