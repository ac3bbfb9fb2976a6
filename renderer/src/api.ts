import { createApi, type HavenApi, type Transport } from '../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge): one typed function per contract channel. */
    haven?: HavenApi;
    /** Set by the Chromium host (page.exposeBinding): the transport only; the api is built here from the contract. */
    __havenTransport?: Transport;
  }
}

/**
 * The renderer's only door to the core. In Electron the preload has already built window.haven; in the
 * Chromium host the same createApi() builds it from the page binding, so only the transport differs.
 */
function resolveApi(): HavenApi {
  if (window.haven) return window.haven;
  if (window.__havenTransport) {
    const transport = window.__havenTransport;
    return createApi((channel, input) => transport(channel, input));
  }
  throw new Error('Haven must be opened through its desktop host.');
}

export const haven: HavenApi = resolveApi();
