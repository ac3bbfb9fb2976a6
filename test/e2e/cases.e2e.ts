import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callFrom, openHaven, type Harness } from './harness';
import { AUDITOR_PERSON, DUAL_PERSON, SURVIVOR_PERSON, WORKER_PERSON } from './people';

/**
 * The caseworker's desk, end to end in Chromium against the real core: an intake saved half done, resumed
 * and completed; a screening with a declined answer and its running score; a note found again by full-text
 * search with its hit highlighted; a document uploaded in chunks with a progress bar; and the timeline
 * showing all of it. Every screen is screenshotted at 1280x800 and checked with axe.
 *
 * The centre and the caseworker's account are seeded through the page binding (the setup and staff screens
 * have their own tests); everything about cases is done through the UI.
 */

const ADMIN = { username: 'e2e-admin', displayName: AUDITOR_PERSON.displayName, password: 'admin-pass-2026' } as const;
const WORKER = { username: 'e2e-worker', displayName: WORKER_PERSON.displayName, temporary: 'temporary-pass-1', password: 'worker-pass-2026' } as const;
/** Holds both admin and caseworker roles: sees every case's header, and may break the glass on one. */
const DUAL = { username: 'e2e-dual', displayName: DUAL_PERSON.displayName, temporary: 'temporary-pass-2', password: 'dual-pass-2026' } as const;
/** Fictional people only (test/fixtures policy): no real person's data, ever. */
// Fictional, from the generator; the family name is unique in this vault, so searching it finds one case.
const PERSON = { given: SURVIVOR_PERSON.given, family: SURVIVOR_PERSON.family } as const;
const NOTE = 'Met at the youth drop-in. Wants help with a work permit; prefers Spanish. Next meeting Thursday.';
const FILLER = ['Rowan Fictive', 'Sasha Placeholder', 'Kit Samplename', 'Noor Invented', 'Ari Madeup', 'Jules Notreal', 'Remy Example', 'Tam Dummy'];

const id = (page: Page, testId: string) => page.getByTestId(testId);

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function call(page: Page, channel: string, input: unknown = {}): Promise<unknown> {
  const r = await callFrom(page, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.value;
}

/** Locks (the host reloads the page), unlocks as someone else through the binding, and shows their frame. */
async function switchUser(page: Page, username: string, password: string, newPassword?: string): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await callFrom(page, 'vault.lock', { reason: 'user' }).catch(() => null);
  await reloaded;
  await call(page, 'vault.unlock', { username, password });
  if (newPassword) await call(page, 'vault.changePassword', { currentPassword: password, newPassword });
  await page.reload();
  // Unlock lands on Today; the case list is one click away.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-table').waitFor();
}

const focused = (page: Page, attribute: string) => page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attribute);

/**
 * Presses `key` until the focused element's `attribute` is `value`, checking before each press (so never once
 * it is there): a key that lands while the page is still rendering is pressed again, as a person would.
 */
async function pressUntil(page: Page, key: string, attribute: string, value: string): Promise<void> {
  await expect
    .poll(async () => {
      const now = await focused(page, attribute);
      if (now !== value) await page.keyboard.press(key);
      return now;
    })
    .toBe(value);
}

/**
 * The case finder, by keyboard, waiting on state at each step (never on time): 'f' until the finder has focus,
 * the text until the field holds it, the list narrowed to the one row that matches, ↓ until a row has focus,
 * Enter on it.
 * On a busy machine the list can still re-render after the search lands; Enter goes to the row itself
 * (a locator's press focuses its element first), so a re-render between ↓ and Enter cannot swallow it.
 */
async function findAndOpen(page: Page, text: string): Promise<void> {
  await pressUntil(page, 'f', 'data-testid', 'case-search');
  await page.keyboard.type(text);
  await expect.poll(() => id(page, 'case-search').inputValue()).toBe(text);
  const row = page.getByRole('row').filter({ hasText: text });
  await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + the one match
  await row.waitFor();
  await pressUntil(page, 'ArrowDown', 'role', 'row');
  await row.press('Enter');
  await id(page, 'case-page').waitFor();
}

/** Opens a case from the list by its number, with the keyboard (findAndOpen). */
async function openByNumber(page: Page, caseNumber: string): Promise<void> {
  await page.locator('#page-title').click();
  await findAndOpen(page, caseNumber);
}

/** Chooses an option of a react-aria Select by the trigger's test id and the option's id. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await id(page, testId).click();
  await id(page, `${testId}-option-${option}`).click();
  await id(page, `${testId}-option-${option}`).waitFor({ state: 'detached' });
}

describe('cases: intake, screening, notes, search, documents, timeline', () => {
  let h: Harness;
  let page: Page;
  const problems: string[] = [];
  /** Case numbers carry the year; they are read from the app, never assumed. */
  let personCase = '';
  let otherCase = '';

  async function shoot(name: string, screen: string): Promise<void> {
    await settle(page);
    await h.screenshot(`cases-${name}`);
    expect(await h.axe(), `axe: serious/critical violations on ${screen}`).toEqual([]);
  }

  beforeAll(async () => {
    h = await openHaven();
    page = h.page;
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await call(page, 'vault.setup', { centreName: 'Harbour Light Centre', jurisdiction: 'US', admin: { username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password } });
    await call(page, 'staff.create', { username: WORKER.username, displayName: WORKER.displayName, roles: ['caseworker'], temporaryPassword: WORKER.temporary });
    await call(page, 'staff.create', { username: DUAL.username, displayName: DUAL.displayName, roles: ['admin', 'caseworker'], temporaryPassword: DUAL.temporary });
    const reloaded = page.waitForEvent('load');
    await callFrom(page, 'vault.lock', { reason: 'user' }).catch(() => null);
    await reloaded;
    await call(page, 'vault.unlock', { username: WORKER.username, password: WORKER.temporary });
    await call(page, 'vault.changePassword', { currentPassword: WORKER.temporary, newPassword: WORKER.password });
    // A few other (fictional) cases so the list is not a single row.
    for (const [i, name] of FILLER.entries()) {
      const [given, family] = name.split(' ');
      const file = (await call(page, 'cases.create', { profile: { givenName: { state: 'known', value: given }, familyName: { state: 'known', value: family }, traffickingType: { state: 'known', value: i % 3 === 0 ? 'sex' : 'labour' } } })) as { header: { id: number; version: number; caseNumber: string } };
      otherCase ||= file.header.caseNumber;
      await call(page, 'cases.completeIntake', { caseId: file.header.id, version: file.header.version });
    }
    await page.reload();
    await id(page, 'nav-cases').click();
    await id(page, 'case-table').waitFor();
  });

  afterAll(async () => {
    await h?.cleanup();
  });

  it('starts an intake, saves it half done, and the list shows it in progress', async () => {
    await id(page, 'new-intake').click();
    await id(page, 'intake').waitFor();
    await id(page, 'field-givenName-known').click();
    await id(page, 'value-givenName').fill(PERSON.given);
    await id(page, 'field-familyName-known').click();
    await id(page, 'value-familyName').fill(PERSON.family);
    await id(page, 'field-dateOfBirth-declined').click();
    await id(page, 'field-minor-known').click();
    await choose(page, 'value-minor', 'possible');
    await id(page, 'hhs-hint').waitFor();
    await id(page, 'field-nationality-known').click();
    await id(page, 'value-nationality').fill('Guatem');
    await page.getByRole('option', { name: 'Guatemala' }).click();
    await id(page, 'field-languages-known').click();
    await id(page, 'value-languages').fill('Span');
    await page.getByRole('option', { name: 'Spanish' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => id(page, 'field-dateOfBirth').getAttribute('data-state')).toBe('declined');
    await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
    await shoot('intake-identity', 'intake: identity step');

    await id(page, 'intake-next').click();
    await page.getByText('Step 2 of 4: Background').waitFor();
    await id(page, 'field-traffickingType-known').click();
    await choose(page, 'value-traffickingType', 'labour');
    await id(page, 'field-meansOfControl-known').click();
    await page.getByRole('checkbox', { name: 'Debt bondage' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Wages withheld' }).check({ force: true });
    await id(page, 'field-vulnerabilities-declined').click();
    await shoot('intake-background', 'intake: background step');

    await id(page, 'intake-save-close').click();
    await id(page, 'case-table').waitFor();
    const saved = /Intake (HV-\d{4}-\d{5}) saved/.exec(await id(page, 'cases-status').innerText());
    expect(saved).not.toBeNull();
    personCase = saved![1]!;
    const row = page.getByRole('row').filter({ hasText: PERSON.family });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('Intake in progress');
    await shoot('list', 'case list');
  });

  it('filters and keyboard: "f" focuses the case finder, arrows and Enter open a case', async () => {
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await expect.poll(() => page.locator('[aria-sort]').count()).toBeGreaterThan(0);
    await findAndOpen(page, PERSON.family);
  });

  it('resumes the intake, records contact safety, and completes it', async () => {
    await id(page, 'continue-intake').click();
    await id(page, 'intake').waitFor();
    await expect.poll(() => id(page, 'value-givenName').inputValue()).toBe(PERSON.given);
    await id(page, 'intake-next').click();
    await page.getByText('Step 2 of 4: Background').waitFor();
    await id(page, 'intake-next').click();
    await page.getByText('Step 3 of 4: Contact & safety').waitFor();
    await id(page, 'contact-monitor-yes').click();
    await id(page, 'contact-aware-no').click();
    await id(page, 'contact-preferred-name').fill('Lu');
    await id(page, 'contact-add-method').click();
    await choose(page, 'method-0-kind', 'text');
    await id(page, 'method-0-value').fill('555-0142');
    await id(page, 'method-0-message-no').click();
    await id(page, 'method-0-times').fill('Weekdays 10–12');
    await expect.poll(() => id(page, 'safety-banner').getAttribute('data-level')).toBe('danger');
    await shoot('intake-contact', 'intake: contact and safety step');

    await id(page, 'intake-next').click();
    await page.getByText('Step 4 of 4: Review').waitFor();
    await expect.poll(() => id(page, 'review-counts').innerText()).toContain('declined: 2');
    await shoot('intake-review', 'intake: review step');
    await id(page, 'intake-complete').click();
    await id(page, 'case-page').waitFor();
    await expect.poll(() => id(page, 'case-intake-flag').innerText()).toBe('Intake complete');
    await expect.poll(() => id(page, 'safety-banner').innerText()).toContain('Someone unsafe may monitor');
    await id(page, 'task-hhs_minor_notification').waitFor();
    await shoot('overview', 'case overview');
    await id(page, 'task-hhs_minor_notification').getByRole('button', { name: 'Mark done' }).click();
    await id(page, 'task-hhs_minor_notification').waitFor({ state: 'detached' });
    await expect.poll(() => id(page, 'tasks').innerText()).toContain('done');
  });

  it('shows the profile with Declined distinct from Unknown', async () => {
    await id(page, 'case-tab-profile').click();
    await expect.poll(() => id(page, 'show-dateOfBirth').getAttribute('data-state')).toBe('declined');
    await expect.poll(() => id(page, 'show-gender').getAttribute('data-state')).toBe('unknown');
    await shoot('profile', 'case profile');
  });

  it('screens with a declined answer, shows the running score, and completes', async () => {
    await id(page, 'case-tab-screening').click();
    await id(page, 'screening-start').click();
    await id(page, 'instrument-vera_tvit_short').click();
    await shoot('screening-choose', 'screening: choose an instrument');
    await id(page, 'screening-begin').click();
    await id(page, 'screening-form').waitFor();
    await id(page, 'q-could_not_leave-yes').click();
    await id(page, 'q-documents_held-declined').click();
    await id(page, 'q-threats_self_family-no').click();
    await id(page, 'q-forced_work-unknown').click();
    await expect.poll(() => id(page, 'score').innerText()).toBe('2');
    await expect.poll(() => id(page, 'count-declined').innerText()).toBe('1');
    await expect.poll(() => id(page, 'score-reading').getAttribute('data-reading')).toBe('possible');
    await id(page, 'screening-save').click();
    await expect.poll(() => id(page, 'screening-status').innerText()).toContain('Progress saved');
    await shoot('screening', 'screening form with running score');

    await id(page, 'screening-complete').click();
    await id(page, 'screening-complete-dialog').waitFor();
    await id(page, 'screening-complete-confirm').click();
    await expect.poll(() => id(page, 'screening-status').innerText()).toContain('Screening completed');
    await id(page, 'screening-close').click();
    await expect.poll(() => id(page, 'screening-list').innerText()).toContain('Complete');
  });

  it('writes a note', async () => {
    await id(page, 'case-tab-notes').click();
    await choose(page, 'note-type', 'case_plan');
    await id(page, 'note-body').fill(NOTE);
    await id(page, 'note-save').click();
    await expect.poll(() => id(page, 'note-list').innerText()).toContain('work permit');
    await shoot('notes', 'notes');
  });

  it('finds the note by full-text search, with the hit highlighted', async () => {
    await id(page, 'back-to-cases').click();
    // Note search is its own page, opened with '/' (focus lands in its field).
    await page.locator('#page-title').click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-search-page-input');
    await page.keyboard.type('permit');
    await page.keyboard.press('Enter');
    await id(page, 'note-search-results').locator('li').first().waitFor();
    const marks = await id(page, 'note-search-results').locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toContain('permit');
    const shown = await id(page, 'note-search-results').innerText();
    expect(shown.includes('\u0002') || shown.includes('\u0003')).toBe(false);
    await shoot('note-search', 'note search results');
    await id(page, 'note-search-results').getByRole('button').first().click();
    await id(page, 'case-page').waitFor();
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Notes');
  });

  it('uploads a document in chunks with a progress bar, and opens it', async () => {
    await id(page, 'case-tab-documents').click();
    const text = 'Declaration draft (fictional test data)\n'.repeat(40_000); // ~1.6 MB: four chunks of 512 KiB
    await id(page, 'upload-zone').locator('input[type="file"]').setInputFiles({ name: 'declaration-draft.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await id(page, 'upload-file').waitFor();
    await choose(page, 'upload-kind', 'declaration');
    // Record every progress value the bar shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const v = document.querySelector('[data-testid="upload-progress"]')?.getAttribute('aria-valuenow');
        if (v && seen.at(-1) !== v) seen.push(v);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await id(page, 'upload-start').click();
    await expect.poll(() => id(page, 'documents-status').innerText(), { timeout: 20_000 }).toContain('was added');
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.map(Number));
    expect(progress.length).toBeGreaterThan(1);
    expect(Math.max(...progress)).toBe(100);
    await expect.poll(() => id(page, 'document-table').innerText()).toContain('declaration-draft.txt');
    await shoot('documents', 'documents');

    await id(page, 'document-table').getByRole('button', { name: /^Open/ }).click();
    await id(page, 'document-viewer').waitFor();
    await expect.poll(() => id(page, 'document-text').innerText()).toContain('Declaration draft');
    await shoot('document-viewer', 'document viewer');
    await page.keyboard.press('Escape');
    await id(page, 'document-viewer').waitFor({ state: 'detached' });
  });

  it('shows the timeline with intake, screening, note and document', async () => {
    await id(page, 'case-tab-timeline').click();
    await id(page, 'timeline').locator('li').first().waitFor();
    const events = await page.locator('[data-testid="timeline-event"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    for (const e of ['intake.started', 'intake.completed', 'screening.completed', 'note.created', 'document.added', 'task.created', 'task.completed', 'contact.safety_changed']) expect(events).toContain(e);
    const text = await id(page, 'timeline').innerText();
    expect(text).toContain('Screening completed: Vera TVIT');
    expect(text).toContain('Note written (Case plan)');
    expect(text).toContain('Document added: Declaration');
    expect(text).not.toMatch(/\{\{|timeline\./);
    await shoot('timeline', 'timeline');
  });

  it('admin: every case without names; a case shows its header and assignment only', async () => {
    await switchUser(page, ADMIN.username, ADMIN.password);
    await expect.poll(() => id(page, 'case-count').innerText()).toContain('without names');
    const firstRow = page.getByRole('row').nth(1);
    await expect.poll(() => firstRow.innerText()).toContain('Name not shown to your role');
    expect(await firstRow.innerText()).not.toContain(PERSON.family);
    await shoot('admin-list', 'admin case list');
    await openByNumber(page, personCase);
    await id(page, 'header-only').waitFor();
    await expect.poll(() => page.getByRole('tab').allInnerTexts()).toEqual(['Overview']);
    expect(await id(page, 'safety-banner').count()).toBe(0);
    await id(page, 'assign-open').click();
    await id(page, 'assign-dialog').waitFor();
    await shoot('admin-assign', 'admin: add someone to a case');
    await page.keyboard.press('Escape');
    await id(page, 'assign-dialog').waitFor({ state: 'detached' });
    await shoot('admin-case', 'admin: case header and assignment');
  });

  it('admin: retention is off by default, then set, and the preview lists nothing due', async () => {
    await id(page, 'nav-admin').click();
    await id(page, 'tab-retention').click();
    await id(page, 'retention-off').waitFor();
    await id(page, 'tab-settings').click();
    await expect.poll(() => id(page, 'settings-retention-on').getAttribute('data-selected')).toBeNull();
    await id(page, 'settings-retention-on').click();
    await id(page, 'settings-retention-months').fill('24');
    await id(page, 'settings-save').click();
    await expect.poll(() => id(page, 'settings-status').innerText()).toContain('Settings saved');
    await shoot('admin-settings', 'admin settings with retention');
    await id(page, 'tab-retention').click();
    await id(page, 'retention-none').waitFor();
    await expect.poll(() => id(page, 'retention-period').innerText()).toContain('24 months');
    await shoot('admin-retention', 'admin retention preview');
  });

  it('break the glass: a caseworker who is not on the case opens it with a written reason', async () => {
    await switchUser(page, DUAL.username, DUAL.temporary, DUAL.password);
    await openByNumber(page, otherCase);
    await id(page, 'break-glass-open').click();
    await id(page, 'break-glass-reason').fill('Too short');
    await id(page, 'break-glass-submit').click();
    await expect.poll(() => id(page, 'break-glass-reason').getAttribute('aria-invalid')).toBe('true');
    await id(page, 'break-glass-reason').fill('Survivor at the front desk in crisis; lead caseworker unreachable.');
    await shoot('break-glass', 'break the glass form');
    await id(page, 'break-glass-submit').click();
    await id(page, 'break-glass-active').waitFor();
    await expect.poll(() => page.getByRole('tab').allInnerTexts()).toContain('Profile');
    await id(page, 'case-tab-timeline').click();
    await expect.poll(() => page.locator('[data-event="break_glass.opened"]').count()).toBe(1);
  });

  it('ran without page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
