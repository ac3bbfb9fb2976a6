import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, type Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { CoreClient } from '../core/host';
import { isAppUrl } from './protocol';

export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Haven refused a request that did not come from its own window.' },
};

const INTERNAL: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. Nothing was changed.' } };

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A call is ours only when it comes from the main frame of our window's webContents, showing app://haven.
 * Frames are compared by process and routing id rather than object identity, which Electron does not
 * promise for WebFrameMain wrappers.
 */
export function isTrustedSender(event: SenderEvent, contents: WebContents | null): boolean {
  if (!contents || contents.isDestroyed() || event.sender?.id !== contents.id) return false;
  const frame = event.senderFrame;
  const main = contents.mainFrame;
  if (!frame || frame.parent !== null) return false;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

/** One stderr line per refusal: the scheme and host only, nothing of a page's path or query. */
function report(channel: Channel, event: SenderEvent): void {
  if (process.env.HAVEN_LOG === 'silent') return;
  let from = 'no frame';
  try {
    if (event.senderFrame) from = `${new URL(event.senderFrame.url).protocol}//${new URL(event.senderFrame.url).host}`;
  } catch {
    from = 'an unparseable URL';
  }
  process.stderr.write(`haven: refused ${channel} from ${from}${event.senderFrame?.parent ? ' (sub-frame)' : ''}\n`);
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  core: Pick<CoreClient, 'request'>;
  /** The only webContents allowed to call: our window's, or null while there is none. */
  appContents: () => WebContents | null;
  /** Sees every core result (lock, unlock) so main can react; never sees refused calls. */
  onResult?: (channel: Channel, result: Result<unknown>) => void;
}

/**
 * The single place a channel is registered with ipcMain: one handler per contract channel (no generic
 * invoke), each passing through the sender check before the core sees anything. The core validates input.
 */
export function registerIpc(deps: IpcDeps): void {
  for (const channel of CHANNELS) {
    deps.ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event, deps.appContents())) {
        report(channel, event);
        return REFUSED;
      }
      let result: Result<unknown>;
      try {
        result = await deps.core.request(channel, input);
      } catch {
        return INTERNAL;
      }
      try {
        deps.onResult?.(channel, result);
      } catch {
        // Main's reaction (reload, clipboard) must not change what the core answered.
      }
      return result;
    });
  }
}
