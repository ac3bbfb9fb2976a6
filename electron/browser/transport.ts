import type { Frame, Page } from 'playwright-core';
import { isChannel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { CoreClient } from '../core/host';
import { isOurUrl } from './routes';

export const BINDING = '__havenTransport';

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Haven refused a request that did not come from its own page.' },
};
const UNKNOWN: Result<never> = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request.' } };

/**
 * exposeBinding puts the function in every frame of the page, whatever its origin, so each call is checked
 * here: only the page's main frame, showing our origin, may call, and only a contract channel. The frame is
 * checked first, so a foreign frame learns nothing about which channels exist.
 */
export function refusal(source: { frame: Frame }, page: Pick<Page, 'mainFrame'>, channel: unknown): Result<never> | null {
  if (source.frame !== page.mainFrame() || !isOurUrl(source.frame.url())) return FORBIDDEN;
  if (!isChannel(channel)) return UNKNOWN;
  return null;
}

/**
 * Binds window.__havenTransport, from which the renderer's createApi() builds window.haven. After a
 * successful vault.lock the page is reloaded (once the answer is on its way), as Electron's main does, so
 * no decrypted data stays in the page.
 */
export async function bindTransport(page: Page, core: Pick<CoreClient, 'request'>, onLocked: () => void): Promise<void> {
  await page.exposeBinding(BINDING, async (source, channel: unknown, input: unknown) => {
    const refused = refusal(source, page, channel);
    if (refused) return refused;
    const result = await core.request(channel as string, input);
    if (channel === 'vault.lock' && result.ok) setTimeout(onLocked, 0);
    return result;
  });
}
