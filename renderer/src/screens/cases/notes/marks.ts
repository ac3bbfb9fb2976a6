/** The core's search snippets mark each hit with STX … ETX (\u0002 … \u0003). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Splits a snippet into plain and hit runs so hits render as <mark> elements, with no HTML parsing at all.
 * A stray or unclosed marker never leaks into the text: an unclosed hit runs to the end, a stray end is dropped.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let buf = '';
  const flush = () => {
    if (!buf) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += buf;
    else parts.push({ text: buf, hit });
    buf = '';
  };
  for (const ch of snippet) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else buf += ch;
  }
  flush();
  return parts;
}
