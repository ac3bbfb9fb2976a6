import { z } from 'zod';

/**
 * Text the core accepts, in one place. JSON and IPC carry lone UTF-16 surrogates and control characters
 * that SQLite and the encoders would silently turn into U+FFFD or keep as invisible bytes; a note of only
 * NUL looked non-empty. Every free-text string in the contract is built from `text()` (or refines with
 * `validText`), so bad text is a VALIDATION answer, never a silent conversion.
 */
// C0 controls except tab, line feed and carriage return; DEL; lone surrogates (\p{Cs} only matches unpaired ones in /u mode).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}]/u;
export const INVALID_TEXT_MESSAGE = 'Contains characters that are not valid text.';

export const isValidText = (s: string): boolean => !INVALID.test(s);

/** A string that holds only valid text. Chain .trim(), .min(), .max(), .regex() on it as on z.string(). */
export const text = () => z.string().refine(isValidText, INVALID_TEXT_MESSAGE);

/**
 * Characters a reader cannot see: separators and spaces, controls, format characters (zero-width space,
 * joiners, bidi marks, the BOM), combining marks on their own, variation selectors, and the blank
 * lookalikes that Unicode classes as letters or symbols (braille blank U+2800, Hangul fillers, U+034F).
 */
// eslint-disable-next-line no-misleading-character-class -- marks are listed to be removed one by one, not combined
const INVISIBLE = /[\p{Z}\p{Cc}\p{Cf}\p{M}\s\u2800\u3164\u115F\u1160\uFFA0\u034F\u17B4\u17B5]/gu;

/** How many characters of `s` a person can actually see (code points, not UTF-16 units). */
export function visibleLength(s: string): number {
  let n = 0;
  for (const _ of s.replace(INVISIBLE, '')) n++;
  return n;
}

/**
 * Every "write a reason" field (break-the-glass, redaction, and whatever asks for one next): at least `min`
 * characters a reader can see, at most `max` in all. Twenty zero-width spaces are not a reason.
 */
export function reasonSchema(min: number, max: number) {
  return text()
    .trim()
    .max(max)
    .refine((s) => visibleLength(s) >= min, `Explain why (at least ${min} visible characters).`);
}
