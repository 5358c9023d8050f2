import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium } from './support/chromium.ts';
import { DANA, type E2eWorld, startE2eWorld } from './support/e2e-world.ts';
import { artifact, logIn, seriousViolations } from './support/page-checks.ts';

let world: E2eWorld;
let browser: Browser;
let page: Page;

beforeAll(async () => {
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
    await logIn(page, world.url, DANA);
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
    await page.screenshot({ path: artifact('run-finished.png') });
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

    await logIn(page, world.url, 'sam@northwind.io');
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Team queue' }).waitFor();
    // Only Dana's book has been run so far: the queue shows her, with her act-now count.
    expect(await page.locator('.owner-cards').textContent()).toMatch(/Dana Ortiz\d+ act now/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('team-queue.png') });

    await page.getByRole('link', { name: 'Rep stats' }).click();
    const stats = page.getByRole('table');
    await stats.waitFor();
    expect(await stats.textContent()).toContain('Dana Ortiz');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBeGreaterThan(0);
    await page.getByLabel('Who').selectOption({ label: 'Dana Ortiz' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect
      .poll(async () => (await page.locator('table.grid tbody').textContent()) ?? '')
      .toContain('Rejected');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Runs' }).click();
    await page.getByRole('heading', { name: 'Runs' }).waitFor();
    await page.locator('table.grid tbody a').first().click();
    await page.getByRole('heading', { name: /^Run run_/ }).waitFor();
    expect(await page.locator('.run-detail').textContent()).toMatch(/7 done/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('run-inspector.png'), fullPage: true });
  });
});
