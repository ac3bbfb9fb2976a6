/**
 * The backup folder is typed, not picked: the Chromium host has no native folder dialog (and the renderer
 * never sees the file system), so the field checks the shape of the path before the core checks the
 * folder itself (exists, writable, not inside the data folder). Returns an i18n key, or null when fine.
 */
export function folderPathProblem(raw: string): string | null {
  const path = raw.trim();
  if (path === '') return 'backupsPage.folderRequired';
  if (path.length > 1024) return 'backupsPage.folderTooLong';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'backupsPage.folderInvalid';
  if (!isAbsolute(path)) return 'backupsPage.folderNotAbsolute';
  return null;
}

/** POSIX (/media/…), a Windows drive (E:\… or E:/…) or a Windows share (\\server\share\…). */
export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\]+\\[^\\]+/.test(path);
}
