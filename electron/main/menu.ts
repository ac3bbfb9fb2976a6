import type { MenuItemConstructorOptions } from 'electron';
import type { Locker } from './lock';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

/**
 * The application menu. "Lock" is here so the shortcut works from any screen, even one whose page is
 * busy or broken. No Reload item: a reload is what locking does, and a bare one would only lose a form.
 * Developer tools appear only in development.
 */
export function menuTemplate(locker: Pick<Locker, 'lock'>, o: { dev: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        { id: 'lock', label: 'Lock', accelerator: LOCK_ACCELERATOR, click: () => void locker.lock('shortcut') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(o.dev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
}
