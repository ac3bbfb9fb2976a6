import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { callFrom, openHaven, type Harness } from './harness';
import { ADMIN_PERSON } from './people';

/**
 * Steps the UI flows share. They drive the page the way a person does (data-testids, roles, visible text)
 * and wait on conditions, never on fixed delays. Seeding through the page binding (seedCentre) is only for
 * flows whose subject is something else: the setup screen itself is tested by access.e2e.ts.
 */

export const ADMIN = { username: ADMIN_PERSON.username, displayName: ADMIN_PERSON.displayName, password: 'harbour-admin-2025' } as const;
export const CENTRE = 'Harbour Light Centre';

export const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** Uncaught page errors and console errors from now on; a flow checks the list is empty at its end. */
export function collectPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** The frame is painted: its page title is visible and one animation frame has passed since. */
export async function waitForFrame(page: Page): Promise<void> {
  await page.locator('#page-title').waitFor({ state: 'visible' });
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
}

export async function waitForLockScreen(page: Page): Promise<void> {
  await page.locator('#lock-title').waitFor({ state: 'visible' });
  await byTestId(page, 'unlock-submit').waitFor({ state: 'visible' });
}

/**
 * Runs `trigger`, then waits until the page has reloaded and shows the lock screen. A marker set on the
 * old window must be gone afterwards: that proves a real reload, not a re-render.
 */
export async function expectLockAfter(page: Page, trigger: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __e2eBeforeLock?: boolean }).__e2eBeforeLock = true));
  const reloaded = page.waitForEvent('load', { timeout: 15_000 });
  await Promise.all([reloaded, trigger()]);
  await waitForLockScreen(page);
  expect(await page.evaluate(() => (window as unknown as { __e2eBeforeLock?: boolean }).__e2eBeforeLock ?? false)).toBe(false);
}

/** Zero serious or critical axe violations on the page as it is now; the label names the screen in a failure. */
export async function expectAccessible(h: Harness, screen: string): Promise<void> {
  expect(await h.axe(), `axe: serious/critical violations on ${screen}`).toEqual([]);
}

/**
 * react-aria's ComboBox hides everything but its input and list with aria-hidden while the list is open
 * (useComboBox -> ariaHideOutside, adobe/react-spectrum#4937), leaving the page's buttons and fields
 * focusable inside aria-hidden content: axe's aria-hidden-focus (serious). Only while the list is open.
 */

/**
 * First run through the UI: the setup form, then the recovery key screen. Returns the key, with the key
 * screen still showing.
 */
export async function fillSetup(page: Page, o: { centre?: string; jurisdiction?: 'US' | 'CA' | 'both' } = {}): Promise<string> {
  await byTestId(page, 'setup-centre').fill(o.centre ?? CENTRE);
  await byTestId(page, `setup-jurisdiction-${o.jurisdiction ?? 'US'}`).click();
  await byTestId(page, 'setup-username').fill(ADMIN.username);
  await byTestId(page, 'setup-display-name').fill(ADMIN.displayName);
  await byTestId(page, 'setup-password').fill(ADMIN.password);
  await byTestId(page, 'setup-confirm').fill(ADMIN.password);
  await byTestId(page, 'setup-submit').click();
  const key = byTestId(page, 'recovery-key');
  await key.waitFor({ state: 'visible' });
  return (await key.innerText()).trim();
}

/**
 * A centre with its first admin, created through the page binding (the same call the setup screen makes),
 * then a reload: the core stays unlocked, so the page opens on the app frame.
 */
export async function seedCentre(h: Harness, centre = CENTRE): Promise<void> {
  const r = await callFrom(h.page, 'vault.setup', {
    centreName: centre,
    jurisdiction: 'both',
    admin: { username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password },
  });
  expect(r).toMatchObject({ ok: true });
  await h.page.reload();
  await waitForFrame(h.page);
}

/** Adds an account through the page binding while an admin is unlocked. */
export async function seedStaff(h: Harness, s: { username: string; displayName: string; roles: string[]; temporaryPassword: string }): Promise<void> {
  expect(await callFrom(h.page, 'staff.create', s)).toMatchObject({ ok: true });
}

/** Chooses a login in the lock screen's account list, unless it is already the one shown. */
export async function pickAccount(page: Page, username: string): Promise<void> {
  const input = byTestId(page, 'unlock-username');
  if ((await input.inputValue()) === username) return;
  await page.getByRole('option', { name: username, exact: true }).click();
  await expect.poll(() => input.inputValue()).toBe(username);
}

export async function fillUnlock(page: Page, username: string, password: string): Promise<void> {
  await pickAccount(page, username);
  await byTestId(page, 'unlock-password').fill(password);
}

/** Fills the lock screen and presses Unlock; the caller waits for what should follow. */
export async function unlock(page: Page, username: string, password: string): Promise<void> {
  await fillUnlock(page, username, password);
  await byTestId(page, 'unlock-submit').click();
}

/** Opens Admin, then one of its tabs. */
export async function openAdminTab(page: Page, tab: 'staff' | 'settings'): Promise<void> {
  await byTestId(page, 'nav-admin').click();
  await byTestId(page, `tab-${tab}`).click();
  await page.locator(`#${tab === 'staff' ? 'staff' : 'settings'}-title`).waitFor({ state: 'visible' });
}

/** Picks a language in the header/top-bar switcher; waits until <html lang> follows. */
export async function chooseLanguage(page: Page, name: string, lang: string): Promise<void> {
  await byTestId(page, 'language-select').click();
  await page.getByRole('option', { name, exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * One Haven (fresh data folder and browser) for a describe block: opened and set up before its tests,
 * closed after them, and the flow fails if the page threw or logged an error at any point.
 */
export function openFlow(setup?: (h: Harness) => Promise<void>): Harness {
  let h: Harness | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    h = await openHaven();
    errors = collectPageErrors(h.page);
    await setup?.(h);
  });
  afterAll(async () => {
    await h?.cleanup();
    expect(errors, 'page errors during the flow').toEqual([]);
  });
  const opened = () => h ?? (() => { throw new Error('the flow is not open yet'); })();
  return {
    get host() { return opened().host; },
    get page() { return opened().page; },
    get dataDir() { return opened().dataDir; },
    screenshot: (name) => opened().screenshot(name),
    axe: (page) => opened().axe(page),
    cleanup: () => opened().cleanup(),
  };
}

/** A core call from the page that must succeed (the channel and the error code otherwise). */
export async function call<T = unknown>(page: Page, channel: string, input: unknown = {}): Promise<T> {
  const r = await callFrom(page, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${JSON.stringify(r.error.fields ?? {})}`);
  return r.value as T;
}

/** Two animation frames: React has committed and painted what the last event caused. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Locks, signs in as someone else (optionally changing a temporary password) and waits for the frame. */
export async function relog(page: Page, username: string, password: string, newPassword?: string): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await callFrom(page, 'vault.lock', { reason: 'user' }).catch(() => null);
  await reloaded;
  await call(page, 'vault.unlock', { username, password });
  if (newPassword) await call(page, 'vault.changePassword', { currentPassword: password, newPassword });
  await page.reload();
  await page.locator('#page-title').waitFor();
}

/** Chooses an option of a react-aria Select by the trigger's test id and the option's id. */
export async function choose(page: Page, testId: string, option: string): Promise<void> {
  await byTestId(page, testId).click();
  await byTestId(page, `${testId}-option-${option}`).click();
  await byTestId(page, `${testId}-option-${option}`).waitFor({ state: 'detached' });
}
