/** Keeps docs/mcp.md true: its mapping example is the one the tests run, and it names every tool and setting. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeloopTools } from '../../src/mcp/tools/index.ts';
import { projectRoot } from '../support/paths.ts';

const docs = readFileSync(path.join(projectRoot, 'docs/mcp.md'), 'utf8');

describe('docs/mcp.md', () => {
  it('shows the mapping the tests run against a HubSpot-shaped server, unchanged', () => {
    const block = /<!-- mapping-example -->\n```json\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(block, 'the mapping example block').toBeDefined();
    const fixture = readFileSync(
      path.join(projectRoot, 'test/mcp/fixtures/hubspot-like.mapping.json'),
      'utf8',
    );
    expect(JSON.parse(block!)).toEqual(JSON.parse(fixture));
  });

  it('lists every tool the server offers', () => {
    const missing = closeloopTools
      .map((t) => t.name)
      .filter((name) => !new RegExp(`^\\| \`${name}\` +\\|`, 'm').test(docs));
    expect(missing).toEqual([]);
  });

  it('documents every setting of the MCP client', () => {
    const config = readFileSync(path.join(projectRoot, 'src/mcp/client/mcp-client-config.ts'), 'utf8');
    const keys = [...config.matchAll(/^\s+(CLOSELOOP_MCP_\w+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(4);
    expect(keys.filter((k) => !docs.includes(`\`${k}\``))).toEqual([]);
  });
});
