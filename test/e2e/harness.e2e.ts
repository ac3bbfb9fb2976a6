import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHaven, type Harness } from './harness';

/** The helpers later UI tests lean on: they must work with the page's CSP on, and must be able to fail. */
describe('e2e harness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHaven();
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('axe() runs under the CSP and reports a serious violation it is shown', async () => {
    await h.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.id = 'no-alt';
      document.body.append(img);
    });
    const violations = await h.axe();
    expect(violations).toContainEqual(expect.objectContaining({ id: 'image-alt', targets: ['#no-alt'] }));
    await h.page.reload();
  });

  it('screenshot() writes a PNG under test/e2e/screenshots', async () => {
    expect(existsSync(await h.screenshot('harness-self-check'))).toBe(true);
  });
});
