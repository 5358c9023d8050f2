import { describe, expect, it } from 'vitest';
import { TodayCache } from './today-cache.ts';

function setup(freshMs = 1000, staleMs = 10_000) {
  let t = 0;
  const cache = new TodayCache({ freshMs, staleMs, now: () => t });
  let builds = 0;
  const build = async () => JSON.stringify({ n: ++builds });
  const read = async (owner = 'rep-1') =>
    JSON.parse((await cache.get(owner, '50', build)).body) as { n: number };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { cache, build, read, settle, advance: (ms: number) => (t += ms), builds: () => builds };
}

describe('the Today cache', () => {
  it('builds a view once while it is fresh and shares one build between concurrent requests', async () => {
    const s = setup();
    const [a, b] = await Promise.all([s.read(), s.read()]);
    expect(s.builds()).toBe(1);
    expect(a).toEqual(b);
    s.advance(999);
    expect(await s.read()).toEqual({ n: 1 });
    expect(s.builds()).toBe(1);
  });

  it('serves a stale view at once and rebuilds it in the background', async () => {
    const s = setup();
    await s.read();
    s.advance(1500);
    expect(await s.read()).toEqual({ n: 1 });
    await s.settle();
    expect(s.builds()).toBe(2);
    expect(await s.read()).toEqual({ n: 2 });
  });

  it('waits for a fresh build once a view is older than the stale limit', async () => {
    const s = setup();
    await s.read();
    s.advance(20_000);
    expect(await s.read()).toEqual({ n: 2 });
  });

  it("drops an owner's views when told, and only theirs", async () => {
    const s = setup();
    await s.read('rep-1');
    await s.read('rep-2');
    s.cache.invalidate(['rep-1']);
    expect(await s.read('rep-1')).toEqual({ n: 3 });
    expect(await s.read('rep-2')).toEqual({ n: 2 });
  });

  it('does not keep a failed build', async () => {
    const s = setup();
    await expect(s.cache.get('rep-1', '50', () => Promise.reject(new Error('store down')))).rejects.toThrow(
      'store down',
    );
    await s.settle();
    expect(await s.read()).toEqual({ n: 1 });
  });

  it('gives the same ETag to the same content and a new one when it changes', async () => {
    const cache = new TodayCache({ freshMs: 0, staleMs: 0, now: () => 0 });
    const a = await cache.get('rep-1', '50', async () => '{"v":1}');
    const b = await cache.get('rep-1', '50', async () => '{"v":1}');
    const c = await cache.get('rep-1', '50', async () => '{"v":2}');
    expect(a.etag).toBe(b.etag);
    expect(c.etag).not.toBe(a.etag);
  });
});
