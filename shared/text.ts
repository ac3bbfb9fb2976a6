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
 * Characters a reader cannot see, so they never count towards "visible": separators and spaces (Z), controls
 * (Cc), format characters (Cf: zero-width space, joiners, bidi marks, the BOM), combining marks on their own
 * (M), unassigned code points (Cn: a font shows nothing or an empty box), private use (Co: no agreed glyph),
 * lone surrogates (Cs), noncharacters (U+FFFF, U+FDD0..U+FDEF, ...), everything Unicode marks default-ignorable
 * (Hangul fillers U+115F/U+1160/U+3164/U+FFA0, U+034F, U+17B4/U+17B5, variation selectors, tags), and the
 * blank lookalikes classed as letters or symbols: braille blank U+2800, Egyptian hieroglyph full and half
 * blank U+13441/U+13442, musical null notehead U+1D159.
 */
const INVISIBLE = /[\p{Z}\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{M}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\s\u2800\u{13441}\u{13442}\u{1D159}]/gu;

/** How many characters of `s` a person can actually see (code points, not UTF-16 units): assigned, printable ones. */
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
