import { describe, expect, it } from 'vitest';
import { ADMIN, byTestId, expectAccessible, expectLockAfter, openAdminTab, openFlow, seedCentre, unlock, waitForFrame } from './flows';
import { callFrom } from './harness';
import { MENTOR_PERSON } from './people';

const NEW = { username: MENTOR_PERSON.username, displayName: MENTOR_PERSON.displayName, temporary: 'temporary-pass-42', chosen: 'own-password-2025' } as const;

/**
 * An admin adds a staff member through Admin > Staff; that person's first unlock with the temporary
 * password leads to the forced password change, and then to a frame without the Admin section.
 */
describe('staff creation, first unlock and forced password change', () => {
  const h = openFlow(async (h) => {
    await seedCentre(h);
  });

  it('Admin > Staff > Add staff member: the new row appears', async () => {
    const { page } = h;
    await openAdminTab(page, 'staff');
    await byTestId(page, `staff-row-${ADMIN.username}`).waitFor(); // the list arrives from the core after the tab shows

    await byTestId(page, 'staff-create').click();
    const dialog = byTestId(page, 'staff-create-dialog');
    await dialog.waitFor();
    await byTestId(page, 'staff-username').fill(NEW.username);
    await byTestId(page, 'staff-display-name').fill(NEW.displayName);
    await byTestId(page, 'staff-role-mentor').click();
    await byTestId(page, 'staff-role-caseworker').click();
    await byTestId(page, 'staff-temp-password').fill(NEW.temporary);
    expect(await byTestId(page, 'staff-role-mentor').getAttribute('data-selected')).toBe('true');
    expect(await byTestId(page, 'staff-role-admin').getAttribute('data-selected')).toBe(null);
    await h.screenshot('staff-create-dialog');
    await expectAccessible(h, 'Add staff member dialog');

    await byTestId(page, 'staff-create-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const row = byTestId(page, `staff-row-${NEW.username}`);
    await row.waitFor();
    await expect.poll(async () => (await row.locator('th, td').allInnerTexts()).slice(0, 5)).toEqual([NEW.displayName, NEW.username, 'Caseworker, Peer mentor', 'Active', 'Yes']);
    await expect.poll(() => byTestId(page, 'staff-status').innerText()).toContain(NEW.displayName);
    await h.screenshot('staff-page');
    await expectAccessible(h, 'Admin > Staff with the new row');
  });

  it('the new person unlocks with the temporary password, must choose a new one, then sees no Admin', async () => {
    const { page } = h;
    await expectLockAfter(page, () => byTestId(page, 'lock-button').click());
    await unlock(page, NEW.username, NEW.temporary);

    await page.locator('#forced-title').waitFor();
    expect(await page.locator('#forced-title').innerText()).toBe('Choose a new password');
    expect(await page.locator('#page-title').count()).toBe(0);
    expect(await byTestId(page, 'nav-admin').count()).toBe(0);
    await h.screenshot('forced-password-change');
    await expectAccessible(h, 'forced password change');

    await byTestId(page, 'current-password').fill(NEW.temporary);
    await byTestId(page, 'new-password').fill(NEW.chosen);
    await byTestId(page, 'confirm-password').fill(NEW.chosen);
    await byTestId(page, 'change-password-submit').click();
    await waitForFrame(page);
    await expect.poll(() => byTestId(page, 'signed-in-user').innerText()).toContain(NEW.displayName);
    await byTestId(page, 'nav-cases').waitFor();
    expect(await byTestId(page, 'nav-admin').count()).toBe(0);
    expect(await callFrom(page, 'vault.status')).toMatchObject({ ok: true, value: { session: { username: NEW.username, mustChangePassword: false } } });
    await h.screenshot('staff-frame-no-admin');
    await expectAccessible(h, 'frame of a non-admin');

    // The chosen password is the one that works from now on.
    await expectLockAfter(page, () => byTestId(page, 'lock-button').click());
    await unlock(page, NEW.username, NEW.chosen);
    await waitForFrame(page);
    expect(await byTestId(page, 'nav-admin').count()).toBe(0);
  });
});
