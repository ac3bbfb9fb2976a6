import { useEffect, useRef } from 'react';
import { createKeymap, isTypingTarget, type Shortcut } from './keymap';

/**
 * Section and help shortcuts for the frame. Ignored while a dialog is open, so a keystroke never moves the
 * page behind a modal. (Ctrl/Cmd+L is handled by the lock triggers, which work everywhere.)
 */
export function useShortcuts(onShortcut: (s: NonNullable<Shortcut>) => void): void {
  const handler = useRef(onShortcut);
  useEffect(() => {
    handler.current = onShortcut;
  });
  useEffect(() => {
    const read = createKeymap();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const s = read(e, isTypingTarget(e.target));
      if (!s) return;
      e.preventDefault();
      handler.current(s);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
