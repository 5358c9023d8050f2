import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';
import { type Browser, launchChromium } from './support/chromium.ts';
import { DANA, type E2eWorld, PASSWORD, startE2eWorld } from './support/e2e-world.ts';

const artifacts = path.join(projectRoot, 'test-results');
const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

let world: E2eWorld;
let browser: Browser;
let page: Page;

async function seriousViolations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function logIn(email: string): Promise<void> {
  await page.goto(world.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: /Good morning/ }).waitFor();
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // No run yet, and a slow engine: the page must show the morning mission as it happens.
  world = await startE2eWorld({ runFirst: false, slowDealMs: 400 });
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

describe('a run watched live, and the manager’s pages', () => {
  it('starts a run with "Run now": a live progress bar, and deals appear as they are reasoned', async () => {
    await logIn(DANA);
    expect(await page.locator('#act-now-heading .count').textContent()).toBe('0');
    await page.getByRole('button', { name: 'Run now' }).click();
    const bar = page.locator('#run-progress-bar');
    await bar.waitFor();
    const seen = new Set<string>();
    const counts = new Set<string>();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      seen.add((await bar.getAttribute('value')) ?? '');
      counts.add((await page.locator('#act-now-heading .count').textContent()) ?? '');
      if ((await page.getByText(/Run finished/).count()) > 0) break;
      await page.waitForTimeout(150);
    }
    await page.getByText(/Run finished 7\/7/).waitFor();
    // The bar moved through several values, and the list grew while the run was still going.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(counts.size).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.locator('.deal-list ol[aria-labelledby="act-now-heading"] [data-deal]').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, 'run-finished.png') });
  });

  it('gives a manager the team queue, rep stats, the audit trail and the run inspector, all accessible', async () => {
    // A decision first, so the stats and the audit trail have something to show.
    const dana = page.locator('.deal-list [data-deal]').first();
    await dana.click();
    await page.getByRole('button', { name: /Reject/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject this proposal' });
    await dialog.getByLabel('Wrong timing').check();
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email').waitFor();

    await logIn('sam@northwind.io');
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Team queue' }).waitFor();
    // Only Dana's book has been run so far: the queue shows her, with her act-now count.
    expect(await page.locator('.owner-cards').textContent()).toMatch(/Dana Ortiz\d+ act now/);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'team-queue.png') });

    await page.getByRole('link', { name: 'Rep stats' }).click();
    const stats = page.getByRole('table');
    await stats.waitFor();
    expect(await stats.textContent()).toContain('Dana Ortiz');
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBeGreaterThan(0);
    await page.getByLabel('Who').selectOption({ label: 'Dana Ortiz' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect
      .poll(async () => (await page.locator('table.grid tbody').textContent()) ?? '')
      .toContain('Rejected');
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole('link', { name: 'Runs' }).click();
    await page.getByRole('heading', { name: 'Runs' }).waitFor();
    await page.locator('table.grid tbody a').first().click();
    await page.getByRole('heading', { name: /^Run run_/ }).waitFor();
    expect(await page.locator('.run-detail').textContent()).toMatch(/7 done/);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'run-inspector.png'), fullPage: true });
  });
});
