import { describe, expect, it } from 'vitest';
import { ADMIN, byTestId, CENTRE, expectAccessible, expectLockAfter, fillSetup, fillUnlock, openAdminTab, openFlow, seedCentre, seedStaff, unlock, waitForFrame, waitForLockScreen } from './flows';
import { callFrom } from './harness';
import { CASEWORKER_PERSON } from './people';

/**
 * Getting in and out: first run, the lock screen and its picker, wrong passwords and the core's back-off,
 * and the two automatic ways out (Ctrl+L, idle). Each describe has its own data folder and browser.
 */

describe('first run, unlock with the staff picker, lock by shortcut', () => {
  const h = openFlow();

  it('setup: centre, jurisdiction and first admin, then the recovery key, then the app frame', async () => {
    const { page } = h;
    await page.locator('#setup-title').waitFor();
    await h.screenshot('setup-form');
    await expectAccessible(h, 'setup form');

    const key = await fillSetup(page);
    expect(key).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3,}$/);
    await h.screenshot('setup-recovery-key');
    await expectAccessible(h, 'recovery key screen');

    // A wrong group is refused on the field, and the key stays on screen.
    const lastGroup = key.split('-').pop()!;
    const wrong = lastGroup === 'AAAA' ? 'BBBB' : 'AAAA';
    await byTestId(page, 'recovery-confirm').fill(wrong);
    await byTestId(page, 'recovery-continue').click();
    await expect.poll(() => byTestId(page, 'recovery-confirm').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('That is not the last group of the key').count()).toBe(1);
    expect(await byTestId(page, 'recovery-key').isVisible()).toBe(true);

    await byTestId(page, 'recovery-confirm').fill(lastGroup.toLowerCase());
    await byTestId(page, 'recovery-continue').click();
    await waitForFrame(page);
    expect(await byTestId(page, 'recovery-key').count()).toBe(0);
    expect(await byTestId(page, 'centre-name').innerText()).toBe(CENTRE);
    expect(await byTestId(page, 'signed-in-user').innerText()).toContain(ADMIN.displayName);
    expect(await byTestId(page, 'nav-admin').isVisible()).toBe(true);
    await h.screenshot('setup-frame');
    await expectAccessible(h, 'app frame after setup');
  });

  it('unlock: the lock screen lists the accounts; choosing the admin and the password opens the frame', async () => {
    const { page } = h;
    // A second account, so the picker has a choice to show.
    await seedStaff(h, { username: CASEWORKER_PERSON.username, displayName: CASEWORKER_PERSON.displayName, roles: ['caseworker'], temporaryPassword: 'temporary-pass-1' });
    await expectLockAfter(page, () => byTestId(page, 'lock-button').click());
    expect(await callFrom(page, 'vault.status')).toMatchObject({ ok: true, value: { unlocked: false } });
    await h.screenshot('unlock-lock-screen');
    await expectAccessible(h, 'lock screen');

    const options = page.getByRole('listbox', { name: 'Accounts on this workstation' }).getByRole('option');
    await expect.poll(() => options.allInnerTexts()).toEqual([ADMIN.username, CASEWORKER_PERSON.username].sort());
    await h.screenshot('unlock-picker');
    await expectAccessible(h, 'lock screen with the account list');
    await page.getByRole('option', { name: ADMIN.username, exact: true }).click();

    await unlock(page, ADMIN.username, ADMIN.password);
    await waitForFrame(page);
    expect(await byTestId(page, 'signed-in-user').innerText()).toContain(ADMIN.displayName);
    expect(await callFrom(page, 'vault.status')).toMatchObject({ ok: true, value: { unlocked: true, session: { username: ADMIN.username } } });
  });

  it('lock by shortcut: Ctrl+L locks the core and reloads the page to the lock screen', async () => {
    const { page } = h;
    await byTestId(page, 'shortcuts-button').click();
    await byTestId(page, 'shortcuts-dialog').waitFor();
    await h.screenshot('shortcuts-dialog');
    await expectAccessible(h, 'keyboard shortcuts dialog');
    await page.keyboard.press('Escape');
    await byTestId(page, 'shortcuts-dialog').waitFor({ state: 'detached' });

    await expectLockAfter(page, () => page.keyboard.press('Control+L'));
    expect(await callFrom(page, 'vault.status')).toMatchObject({ ok: true, value: { unlocked: false, session: null } });
    expect(await page.locator('#page-title').count()).toBe(0);
    await expectAccessible(h, 'lock screen after Ctrl+L');
  });
});

describe('wrong password: BAD_CREDENTIALS, then the back-off countdown and THROTTLED', () => {
  const h = openFlow(async (h) => {
    await seedCentre(h);
    await expectLockAfter(h.page, () => callFrom(h.page, 'vault.lock', { reason: 'user' }).catch(() => null));
  });

  /** One failed attempt; the form clears the password field when the core's answer is in. */
  async function failOnce(): Promise<void> {
    const { page } = h;
    await fillUnlock(page, ADMIN.username, 'not-the-password');
    await byTestId(page, 'unlock-submit').click();
    await expect.poll(() => byTestId(page, 'unlock-password').inputValue()).toBe('');
    expect(await page.locator('[data-testid="error"]').getAttribute('data-code')).toBe('BAD_CREDENTIALS');
  }

  const wait = () => byTestId(h.page, 'unlock-wait');
  const waitText = async () => (await wait().innerText()).trim();

  it('shows BAD_CREDENTIALS for the free attempts, then the countdown; THROTTLED when the core still refuses', async () => {
    const { page } = h;
    await failOnce();
    const error = page.locator('[data-testid="error"]');
    expect(await error.getAttribute('data-code')).toBe('BAD_CREDENTIALS');
    expect(await error.innerText()).toBe('The login name or password is not correct.');
    expect(await waitText()).toBe('');
    await h.screenshot('wrong-password');
    await expectAccessible(h, 'lock screen with BAD_CREDENTIALS');

    await failOnce();
    expect(await waitText()).toBe('');

    // The third failure starts the core's back-off (1 s): the form counts it down and disables Unlock.
    await failOnce();
    await expect.poll(waitText).toMatch(/^You can try again in 1 s\.$/);
    expect(await byTestId(page, 'unlock-submit').isDisabled()).toBe(true);
    await h.screenshot('wrong-password-countdown');
    await expectAccessible(h, 'lock screen counting down');

    await expect.poll(waitText, { timeout: 5_000 }).toBe('');
    await failOnce(); // fourth: back-off now 2 s
    await expect.poll(waitText).toMatch(/^You can try again in [12] s\.$/);
    await expect.poll(waitText, { timeout: 5_000 }).toBe('');
    await failOnce(); // fifth: back-off now 4 s, room enough for a reload on a slow machine
    await expect.poll(waitText).toMatch(/^You can try again in [1-4] s\.$/);

    // A fresh lock screen does not know about the wait; the core does, and says THROTTLED with the time left.
    await page.reload();
    await waitForLockScreen(page);
    await fillUnlock(page, ADMIN.username, ADMIN.password);
    await byTestId(page, 'unlock-submit').click();
    await page.locator('[data-testid="error"][data-code="THROTTLED"]').waitFor();
    expect(await page.locator('[data-testid="error"]').innerText()).toBe('Too many failed attempts. Wait before trying again.');
    await expect.poll(waitText).toMatch(/^You can try again in [1-4] s\.$/);
    expect(await byTestId(page, 'unlock-submit').isDisabled()).toBe(true);
    await h.screenshot('wrong-password-throttled');
    await expectAccessible(h, 'lock screen with THROTTLED');

    // Once the wait is over, the right password still works.
    await expect.poll(waitText, { timeout: 8_000 }).toBe('');
    await unlock(page, ADMIN.username, ADMIN.password);
    await waitForFrame(page);
  });
});

describe('lock by idle, on a fake page clock', () => {
  const h = openFlow(async (h) => {
    await seedCentre(h);
    // The page's timers and Date follow this clock from the next navigation on; the core keeps real time.
    await h.page.clock.install();
    await h.page.reload();
    await waitForFrame(h.page);
  });

  it('locks after the idle time set in Admin > Settings (1 minute), not before', async () => {
    const { page } = h;
    await openAdminTab(page, 'settings');
    const idle = byTestId(page, 'settings-idle');
    await expect.poll(() => idle.inputValue()).toBe('10'); // the settings arrive from the core after the tab shows
    await idle.fill('1');
    await idle.press('Tab');
    await byTestId(page, 'settings-save').click();
    await expect.poll(() => byTestId(page, 'settings-status').innerText()).toBe('Settings saved.');
    expect(await idle.inputValue()).toBe('1');
    await h.screenshot('idle-settings');
    await expectAccessible(h, 'Admin > Settings');

    // Half the time: still unlocked.
    await page.clock.fastForward(30_000);
    expect(await page.evaluate(() => document.documentElement.dataset.locking ?? null)).toBe(null);
    expect(await page.locator('#page-title').isVisible()).toBe(true);

    await expectLockAfter(page, () => page.clock.fastForward(31_000));
    expect(await callFrom(page, 'vault.status')).toMatchObject({ ok: true, value: { unlocked: false } });
    await expectAccessible(h, 'lock screen after idle');
  });
});
