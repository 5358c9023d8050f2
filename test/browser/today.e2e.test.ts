import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail, TodayView } from '../../src/services/today/today-schemas.ts';
import { type Browser, launchChromium } from './support/chromium.ts';
import { DANA, type E2eWorld, HOSTILE_ACTIVITY, PASSWORD, startE2eWorld } from './support/e2e-world.ts';
import { artifact, seriousViolations } from './support/page-checks.ts';

let world: E2eWorld;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];
const failedResponses: string[] = [];

/** Calls the API from inside the page, with the page's own session. */
const api = <T>(p: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), p) as Promise<T>;

const selectedDeal = () => page.locator('.deal-row.selected [data-deal]').getAttribute('data-deal');

beforeAll(async () => {
  world = await startE2eWorld();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on(
    'response',
    (r) =>
      r.status() >= 400 &&
      failedResponses.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`),
  );
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

describe('a rep’s morning in the browser', () => {
  it('logs in as a demo rep and sees the act-now list ranked by priority', async () => {
    await page.goto(world.url);
    await page.getByLabel('Email').fill(DANA);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { name: /Good morning, Dana/ }).waitFor();
    const today = await api<TodayView>('/api/today');
    const shown = await page
      .locator('.deal-list ol[aria-labelledby="act-now-heading"] [data-deal]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.deal));
    expect(shown).toEqual(today.actNow.map((d) => d.opportunityId));
    const priorities = today.actNow.map((d) => d.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(await page.locator('#act-now-heading').textContent()).toContain(String(today.actNow.length));
    await page.screenshot({ path: artifact('today.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('moves with j/k, shows the keys on ?, and opens the deal with Enter', async () => {
    const first = await selectedDeal();
    await page.locator('body').press('j');
    const second = await selectedDeal();
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await selectedDeal()).toBe(first);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.textContent()).toContain('approve the open proposal');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/deals\//);
    expect(page.url()).toContain(`/deals/${first}`);
  });

  it('opens a deal whose Explain rail shows the evidence with its quoted span, marked in the email too', async () => {
    const today = await api<TodayView>('/api/today');
    let target: { id: string; quote: string; activityId: string } | undefined;
    for (const d of today.actNow) {
      const detail = await api<DealDetail>(`/api/deals/${d.opportunityId}`);
      const evidence = detail.observations.find(
        (o) => o.kind === 'evidence' && o.span && o.span.field === 'body',
      );
      if (evidence?.span && detail.proposal?.state === 'pending' && detail.proposal.kind === 'send_email') {
        target = { id: d.opportunityId, quote: evidence.span.text, activityId: evidence.span.activityId };
        break;
      }
    }
    if (!target) throw new Error('no act-now deal with a quoted span and a pending email in the example');
    // Walk there with the keyboard, as a rep would.
    await page.locator('.deal-list [data-deal]').first().focus();
    for (let i = 0; i < today.actNow.length && (await selectedDeal()) !== target.id; i++)
      await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/deals/${target.id}$`));
    const rail = page.getByRole('list', { name: 'Observation chain' });
    await rail.waitFor();
    const firstKind = await rail.locator('.kind-badge').first().textContent();
    expect(firstKind).toBe('evidence');
    expect(await rail.locator('.quote mark').allTextContents()).toContain(target.quote);
    const email = page.locator(`#activity-${target.activityId.replace(/[^A-Za-z0-9_-]/g, '_')}`);
    expect(await email.locator('mark').allTextContents()).toContain(target.quote);
    await page.screenshot({ path: artifact('deal.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('edits the draft in place and approves it: the edited email reaches the SMTP server once', async () => {
    const dealId = page.url().split('/deals/')[1]!;
    await page.locator('body').press('e');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-body');
    await page.keyboard.type('\n\nP.S. Edited in the browser by Dana.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Approve edited/ }).waitFor();
    await page.keyboard.press('a');
    await page.waitForURL((u) => !u.pathname.endsWith(`/deals/${dealId}`));
    const [mail] = await world.sink.waitForMessages(1);
    const parsed = await world.sink.parsed(0);
    expect(parsed.text).toContain('P.S. Edited in the browser by Dana.');
    expect(mail!.envelope.to).toEqual(expect.arrayContaining([expect.stringMatching(/@/)]));
    const detail = await api<DealDetail>(`/api/deals/${dealId}`);
    expect(['approved', 'executing', 'done']).toContain(detail.proposal?.state);
    // Give a second send every chance to happen: it must not.
    await new Promise((r) => setTimeout(r, 1500));
    expect(world.sink.received).toHaveLength(1);
  });

  it('rejects another proposal with a reason from the short list', async () => {
    const today = await api<TodayView>('/api/today');
    const next = today.actNow.find((d) => d.proposal?.state === 'pending')!;
    await page.goto(`${world.url}/deals/${next.opportunityId}`);
    await page.getByRole('button', { name: /Reject/ }).waitFor();
    await page.locator('body').press('r');
    const dialog = page.getByRole('dialog', { name: 'Reject this proposal' });
    await dialog.waitFor();
    // Escape closes the dialog, not the deal behind it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toContain(`/deals/${next.opportunityId}`);
    await page.locator('body').press('r');
    await dialog.waitFor();
    await dialog.getByLabel('Already handled').check();
    await dialog.getByLabel(/Note/).fill('Called Hank this morning.');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await api<DealDetail>(`/api/deals/${next.opportunityId}`)).proposal?.state)
      .toBe('rejected');
    const row = page.locator(`[data-deal="${next.opportunityId}"] .badge`);
    await expect.poll(() => row.textContent()).toBe('rejected');
  });

  it('shows a hostile inbound email as inert text: no script runs, nothing loads', async () => {
    const before = requests.length;
    await page.goto(`${world.url}/deals/o-101`);
    const email = page.locator(`#activity-${HOSTILE_ACTIVITY.replace(/[^A-Za-z0-9_-]/g, '_')}`);
    await email.waitFor();
    expect(await email.textContent()).toContain('<script>window.__pwned = "script"</script>');
    expect(await email.textContent()).toContain('<img src="http://127.0.0.1:9/beacon.png"');
    await email.hover();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await email.locator('script, img, b').count()).toBe(0);
    const origin = new URL(world.url).origin;
    expect(requests.slice(before).filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(requests.some((u) => u.includes('beacon'))).toBe(false);
  });

  it('logged no errors in the browser console, and got no error responses but the anonymous "who am I"', () => {
    // Before logging in, GET /api/session answers 401: that is how the page learns it must show the login form.
    expect(failedResponses).toEqual(['401 GET /api/session']);
    expect(consoleErrors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  });
});
