/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted term (so FTS syntax such
 * as NEAR, column filters or stray quotes cannot be injected), all words must match, and the last word
 * matches as a prefix so results appear while typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
