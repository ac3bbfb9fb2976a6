import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, byTestId, chooseLanguage, expectAccessible, expectLockAfter, openFlow, seedCentre, unlock, waitForFrame } from './flows';
import { callFrom } from './harness';

const FR = { name: 'Français (Canada)', lang: 'fr-CA', lockTitle: 'Déverrouiller Haven', unlock: 'Déverrouiller', cases: 'Dossiers', lock: 'Verrouiller' };
const ES = { name: 'Español', lang: 'es', lockTitle: 'Desbloquear Haven', unlock: 'Desbloquear', cases: 'Casos', lock: 'Bloquear' };
const EN = { name: 'English', lang: 'en', lockTitle: 'Unlock Haven', unlock: 'Unlock', cases: 'Cases', lock: 'Lock' };

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Switching language on the lock screen and in the frame: the text and <html lang> follow, and the choice is kept. */
describe('language switch: fr-CA and es, on the lock screen and in the frame', () => {
  const h = openFlow(async (h) => {
    await seedCentre(h);
    await expectLockAfter(h.page, () => callFrom(h.page, 'vault.lock', { reason: 'user' }).catch(() => null));
  });

  it('lock screen: English by default, then French (Canada), then Spanish', async () => {
    const { page } = h;
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('#lock-title').innerText()).toBe(EN.lockTitle);

    for (const l of [FR, ES]) {
      await chooseLanguage(page, l.name, l.lang);
      expect(await page.locator('#lock-title').innerText()).toBe(l.lockTitle);
      expect(await byTestId(page, 'unlock-submit').innerText()).toBe(l.unlock);
      expect(await byTestId(page, 'language-select').innerText()).toContain(l.name);
      await h.screenshot(`language-lock-${l.lang}`);
      await expectAccessible(h, `lock screen in ${l.lang}`);
    }
  });

  it('frame: the choice survives unlock; switching in the header changes the frame at once', async () => {
    const { page } = h;
    await unlock(page, ADMIN.username, ADMIN.password);
    await waitForFrame(page);
    expect(await htmlLang(page)).toBe(ES.lang);
    // Unlock lands on Today; this test reads the Cases frame.
    await byTestId(page, 'nav-cases').click();
    await page.locator('[data-testid="nav-cases"][aria-current="page"]').waitFor();

    for (const l of [ES, FR]) {
      if ((await htmlLang(page)) !== l.lang) await chooseLanguage(page, l.name, l.lang);
      expect(await byTestId(page, 'nav-cases').innerText()).toContain(l.cases);
      expect(await page.locator('#page-title').innerText()).toBe(l.cases);
      expect(await byTestId(page, 'lock-button').innerText()).toBe(l.lock);
      expect(await page.title()).toContain(l.cases);
      await h.screenshot(`language-frame-${l.lang}`);
      await expectAccessible(h, `frame in ${l.lang}`);
    }

    // Remembered on this workstation: the lock screen after a reload speaks French too.
    await expectLockAfter(page, () => byTestId(page, 'lock-button').click());
    expect(await htmlLang(page)).toBe(FR.lang);
    expect(await page.locator('#lock-title').innerText()).toBe(FR.lockTitle);
    await chooseLanguage(page, EN.name, EN.lang);
    expect(await page.locator('#lock-title').innerText()).toBe(EN.lockTitle);
  });
});
