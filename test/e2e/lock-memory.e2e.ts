import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byTestId, expectAccessible, expectLockAfter, openAdminTab, openFlow, seedCentre, seedStaff, waitForLockScreen } from './flows';
import { CANARY_PERSON } from './people';

/**
 * Unique tokens inside data that is shown on screen. After a lock they must be gone from the page: from
 * its DOM and from its JavaScript heap. Nothing the test sends to the page after the lock may contain
 * them (no selectors, no evaluated code with them): every search happens here, in Node.
 */
const CENTRE_TOKEN = 'QZ7KCANARY41';
const STAFF_TOKEN = 'QZ7KCANARY42';
const CENTRE_CANARY = `Maison ${CENTRE_TOKEN} Centre`;
const STAFF_CANARY = `${CANARY_PERSON.given} ${STAFF_TOKEN} ${CANARY_PERSON.family}`;

const outerHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** A heap snapshot of the page's main V8 isolate as text, after a full garbage collection. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const text = chunks.join('');
  expect(text.length, 'heap snapshot is not empty').toBeGreaterThan(100_000);
  return text;
}

describe('after lock, no decrypted text stays in the renderer', () => {
  const h = openFlow(async (h) => {
    await seedCentre(h);
    await seedStaff(h, { username: CANARY_PERSON.username, displayName: STAFF_CANARY, roles: ['caseworker'], temporaryPassword: 'temporary-pass-7' });
  });

  it('canaries are on screen and in the heap while unlocked, and in neither once locked', async () => {
    const { page } = h;
    // The centre name, changed in Admin > Settings, shows in the header.
    await openAdminTab(page, 'settings');
    await byTestId(page, 'settings-centre').fill(CENTRE_CANARY);
    await byTestId(page, 'settings-save').click();
    await expect.poll(() => byTestId(page, 'centre-name').innerText()).toBe(CENTRE_CANARY);
    // The staff display name shows in Admin > Staff.
    await byTestId(page, 'tab-staff').click();
    await byTestId(page, `staff-row-${CANARY_PERSON.username}`).waitFor();
    await h.screenshot('canary-before-lock');
    await expectAccessible(h, 'Admin > Staff showing the canaries');

    // Positive controls: both checks can see the canaries, so their absence later means something.
    const domBefore = await outerHtml(page);
    expect(domBefore).toContain(CENTRE_TOKEN);
    expect(domBefore).toContain(STAFF_TOKEN);
    const heapBefore = await heapSnapshot(page);
    expect(heapBefore.includes(CENTRE_TOKEN), 'centre canary in the heap before lock').toBe(true);
    expect(heapBefore.includes(STAFF_TOKEN), 'staff canary in the heap before lock').toBe(true);

    await expectLockAfter(page, () => byTestId(page, 'lock-button').click());
    // Let the reloaded page settle: the lock screen is rendered and idle.
    await waitForLockScreen(page);
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));

    const domAfter = await outerHtml(page);
    expect(domAfter).toContain('Unlock Haven');
    expect(domAfter.includes(CENTRE_TOKEN), 'centre canary in the DOM after lock').toBe(false);
    expect(domAfter.includes(STAFF_TOKEN), 'staff canary in the DOM after lock').toBe(false);

    const heapAfter = await heapSnapshot(page);
    expect(heapAfter.includes(CENTRE_TOKEN), 'centre canary in the heap after lock').toBe(false);
    expect(heapAfter.includes(STAFF_TOKEN), 'staff canary in the heap after lock').toBe(false);
    await h.screenshot('canary-after-lock');
    await expectAccessible(h, 'lock screen after the canary lock');
  });
});
