/**
 * Remembers whether this window put anything on the clipboard (a recovery key, copied case text), so a
 * lock can overwrite it. We do not clear a clipboard we never touched: that would destroy other work.
 */
let copied = false;

export function noteCopied(): void {
  copied = true;
}

export function hasCopied(): boolean {
  return copied;
}

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** Copies text from an app control (e.g. the recovery key button). Returns false when the OS refused. */
export async function copyText(clipboard: ClipboardLike | undefined, text: string): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    noteCopied();
    return true;
  } catch {
    return false;
  }
}

/**
 * Overwrites the clipboard with an empty string if we wrote to it. Failures are ignored (no focus, no
 * permission) and a slow clipboard is not waited on for long: locking must never hang on it.
 */
export async function clearClipboardIfCopied(clipboard: ClipboardLike | undefined, waitMs = 500): Promise<void> {
  if (!copied || !clipboard) return;
  copied = false;
  const write = clipboard.writeText('').catch(() => undefined);
  await Promise.race([write, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}

/** For tests. */
export function resetClipboardTracking(): void {
  copied = false;
}
