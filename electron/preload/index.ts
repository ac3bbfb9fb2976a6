import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/api';
import type { Result } from '../../shared/errors';

/**
 * The page's only door to main: window.haven.<area>.<fn>(input), one function per contract channel, built
 * by the same createApi() the Chromium host uses. ipcRenderer itself is never exposed, so the page cannot
 * name a channel of its own. Sandboxed preloads cannot require local files: build/bundle.ts inlines this.
 */
contextBridge.exposeInMainWorld(
  'haven',
  createApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>),
);
