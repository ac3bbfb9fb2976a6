import { ALL_SECTIONS, NAV_SECTIONS, type SectionId } from './sections';

export type KeyInput = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;
export type Shortcut = { type: 'go'; section: SectionId } | { type: 'help' } | null;

/** How long "g" waits for its letter. */
export const G_WINDOW_MS = 1500;

/**
 * Reads section and help shortcuts: Alt+1..6, "g" then a letter, and "?". Single keys are ignored while
 * typing in a field so they never steal characters. Keeps the "g" state between calls; pure otherwise.
 */
export function createKeymap(now: () => number = () => Date.now()) {
  let gAt: number | null = null;

  return function read(e: KeyInput, typing: boolean): Shortcut {
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const m = /^Digit([1-9])$/.exec(e.code);
      const s = m ? NAV_SECTIONS[Number(m[1]) - 1] : undefined;
      gAt = null;
      return s ? { type: 'go', section: s.id } : null;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) {
      gAt = null;
      return null;
    }
    if (e.key === '?') {
      gAt = null;
      return { type: 'help' };
    }
    const key = e.key.toLowerCase();
    if (gAt !== null && now() - gAt <= G_WINDOW_MS) {
      gAt = null;
      const s = ALL_SECTIONS.find((x) => x.letter === key);
      return s ? { type: 'go', section: s.id } : null;
    }
    gAt = key === 'g' && !e.shiftKey ? now() : null;
    return null;
  };
}

/** True when the key goes into a text field, so single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return el.isContentEditable === true;
}
