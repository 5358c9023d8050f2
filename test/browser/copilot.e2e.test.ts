import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium } from './support/chromium.ts';
import { DANA, type E2eWorld, startE2eWorld } from './support/e2e-world.ts';
import { artifact, logIn, seriousViolations } from './support/page-checks.ts';

let world: E2eWorld;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  world = await startE2eWorld();
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

describe('the copilot chat panel and the KPI page', () => {
  it('answers a rep’s request for a brief: steps streamed, then the answer as safe Markdown', async () => {
    await logIn(page, world.url, DANA);
    const panel = page.getByRole('complementary', { name: 'Copilot' });
    await page.keyboard.press('c');
    await panel.waitFor();
    // The key opens the panel with the cursor in the request field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('copilot-input');

    const streamed = page.waitForResponse((r) => r.url().endsWith('/api/copilot/ask'));
    await page.keyboard.type('prep me for my call with Hank about the Globex proposal');
    await page.keyboard.press('Enter');
    const response = await streamed;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/event-stream/);

    const answer = panel.getByRole('region', { name: 'Answer' });
    await answer.waitFor({ timeout: 30_000 });
    const steps = await panel.locator('.copilot-steps li').allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps[0]).toMatch(/Read as prep a meeting brief/);
    expect(steps.some((s) => /crm_get_opportunity/.test(s))).toBe(true);
    expect(steps.at(-1)).toMatch(/answered: Brief: Globex/);

    // Markdown became structure: a heading, sections, bullets, and no Markdown syntax left over.
    await answer.getByRole('heading', { name: 'Brief: Globex - Plant analytics (o-101)' }).waitFor();
    await answer.getByRole('heading', { name: 'Who will be there' }).waitFor();
    const text = (await answer.textContent()) ?? '';
    expect(text).not.toMatch(/(^|\s)##|\*\*|`/);
    expect(await answer.locator('li').count()).toBeGreaterThan(5);
    // The deal's id links to its page in the app; the pricing quote carries a numbered citation to its source.
    const dealLink = answer.locator('a[href="/deals/o-101"]').first();
    expect(await dealLink.textContent()).toBe('o-101');
    const cite = answer.locator('sup a').first();
    expect(await cite.textContent()).toBe('[1]');
    const source = answer.locator(`[id="${(await cite.getAttribute('href'))!.slice(1)}"]`);
    expect(await source.textContent()).toContain('doc-pricing#1');
    expect(await source.textContent()).toContain('Three-year commitments receive 10% off list.');

    // The hostile email's subject is among the latest touches: shown as text, run as nothing.
    expect(text).toContain('Questionnaire <b onmouseover="window.__pwned=1">again</b>');
    expect(await answer.locator('b, script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('copilot-brief.png') });
  });

  it('links a draft it proposed to its review on the deal, where the rep approves it: sent once', async () => {
    const panel = page.getByRole('complementary', { name: 'Copilot' });
    await panel.getByLabel('Ask the copilot').fill('draft a follow-up to Hank');
    await panel.getByRole('button', { name: 'Ask' }).click();
    const note = panel.locator('.copilot-proposal');
    await note.waitFor({ timeout: 30_000 });
    const proposalId = /Send email (p-[0-9a-f]+) /.exec((await note.textContent()) ?? '')?.[1];
    expect(proposalId).toBeDefined();
    // The answer names the queue, not a terminal command; its id (said once) links to the same review as the note.
    const answerText = (await panel.getByRole('region', { name: 'Answer' }).last().textContent()) ?? '';
    expect(answerText).toContain(`waiting in your decision queue as ${proposalId}`);
    expect(answerText).not.toContain('closeloop');
    expect(await panel.locator(`.copilot-answer a[href="/proposals/${proposalId}"]`).count()).toBe(1);

    await note.getByRole('link', { name: `Review ${proposalId}` }).click();
    await page.waitForURL(new RegExp(`/deals/o-101\\?proposal=${proposalId}$`));
    // The morning run's proposal on the deal is listed too; the copilot's is the one open.
    const picker = page.getByRole('region', { name: /Proposals on this deal/ });
    await picker.waitFor();
    const picked = picker.locator(`[data-proposal="${proposalId}"]`);
    expect(await picked.getAttribute('aria-pressed')).toBe('true');
    expect(await picked.textContent()).toMatch(/Send email\s*Copilot for Dana Ortiz/);
    expect(await picker.locator('[data-proposal]').count()).toBeGreaterThanOrEqual(2);
    const proposal = page.getByRole('region', { name: /Proposed:/ });
    expect(await proposal.textContent()).toContain(proposalId);
    expect(await page.locator('#draft-to').inputValue()).toBe('hank@globex.com');
    // The conversation survives moving to the deal.
    expect(await panel.locator('.copilot-turn').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('copilot-proposal.png') });

    await proposal.getByRole('button', { name: /^Approve/ }).click();
    const [mail] = await world.sink.waitForMessages(1);
    expect(mail!.envelope.to).toEqual(['hank@globex.com']);
    const state = await page.evaluate(
      async (id) => ((await (await fetch(`/api/proposals/${id}`)).json()) as { state: string }).state,
      proposalId!,
    );
    expect(['approved', 'executing', 'done']).toContain(state);
    // The deal's other proposal still waits, so it opens in place of the next deal.
    await page.waitForURL(
      (u) => u.pathname === '/deals/o-101' && u.searchParams.get('proposal') !== proposalId,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(world.sink.received).toHaveLength(1);
  });

  it('lists the copilot key in the help', async () => {
    const panel = page.getByRole('complementary', { name: 'Copilot' });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.textContent()).toContain('open or close the copilot chat');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('c');
    await panel.waitFor({ state: 'detached' });
  });

  it('shows a manager the KPIs with their caveats, counting the rep’s copilot answers', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email').waitFor();
    await logIn(page, world.url, 'sam@northwind.io');
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('link', { name: 'KPIs' }).click();
    await page.waitForURL(/\/team\/kpis$/);
    await page.getByRole('heading', { name: 'KPIs', level: 1 }).waitFor();
    const cards = page.locator('.kpi-cards');
    await cards.waitFor();
    const figures = (await cards.textContent()) ?? '';
    expect(figures).toMatch(/Time saved\s*estimate/);
    expect(figures).toMatch(/Deals that moved stage\s*correlation, not proof/);
    // Dana's brief (20 min) and draft (10 min) at least; the morning run's reviewed deals add more.
    const hours = Number(/(\d+(?:\.\d+)?) h/.exec(figures)?.[1]);
    expect(hours).toBeGreaterThanOrEqual(0.5);
    const tasks = page.getByRole('table', { name: 'Copilot latency and model cost per task' });
    expect(await tasks.getByRole('row', { name: /Prepare brief/ }).count()).toBe(1);
    expect(await tasks.getByRole('row', { name: /Draft email/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('kpis.png'), fullPage: true });
  });
});
