import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract } from '../../../shared/contract';
import { isValidText, reasonSchema, visibleLength } from '../../../shared/text';

/**
 * Every string a channel accepts goes through the one shared definition (shared/text.ts), so lone
 * surrogates, NUL and other C0 controls are refused everywhere, not just where someone remembered.
 */
type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Every string schema reachable from `schema`, with its path. */
function strings(schema: unknown, path: string, out: [string, Def][]): void {
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
      out.push([path, d]);
      return;
    case 'object':
      for (const [k, v] of Object.entries(d.shape as Record<string, unknown>)) strings(v, `${path}.${k}`, out);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      strings(d.innerType, path, out);
      return;
    case 'array':
      strings(d.element, `${path}[]`, out);
      return;
    case 'record':
      strings(d.keyType, `${path}{key}`, out);
      strings(d.valueType, `${path}{}`, out);
      return;
    case 'union':
      (d.options as unknown[]).forEach((o, i) => strings(o, `${path}|${i}`, out));
      return;
    case 'pipe':
      strings(d.in, path, out);
      return;
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return;
    default:
      throw new Error(`${path}: schema type ${d.type} is not walked; teach this test about it`);
  }
}

const usesSharedText = (d: Def) => ((d.checks as { _zod: { def: { fn?: unknown } } }[] | undefined) ?? []).some((c) => c._zod.def.fn === isValidText);

describe('text in the contract', () => {
  it('every string in every channel input is built from shared/text.ts', () => {
    const loose: string[] = [];
    let count = 0;
    for (const ch of CHANNELS) {
      const found: [string, Def][] = [];
      strings(contract[ch].input as z.ZodType, ch, found);
      count += found.length;
      // A string format (ISO date) is not free text: its own pattern already admits nothing else.
      for (const [path, d] of found) if (!d.format && !usesSharedText(d)) loose.push(path);
    }
    expect(count).toBeGreaterThan(30);
    expect(loose).toEqual([]);
  });

  it('valid text: tab, new line, emoji and accents are fine; NUL, C0 controls, DEL and lone surrogates are not', () => {
    for (const ok of ['plain', 'Line\n\tnext\r\n', 'Zoë 😀', '']) expect(isValidText(ok), JSON.stringify(ok)).toBe(true);
    for (const bad of ['\u0000', 'a\u0001', 'a\u001b[31m', 'a\u007f', '\ud800', 'x\udc00y', '😀'.slice(0, 1)]) expect(isValidText(bad), JSON.stringify(bad)).toBe(false);
  });

  it('a reason counts only the characters a reader can see', () => {
    expect(visibleLength('\u200b'.repeat(20))).toBe(0);
    expect(visibleLength('\u2800'.repeat(20))).toBe(0);
    expect(visibleLength('\u3164\u115f\u1160\uffa0\u034f\ufeff\u00a0\u2003\u200d\u2060')).toBe(0);
    expect(visibleLength('e\u0301 😀')).toBe(2);
    const r = reasonSchema(20, 100);
    expect(r.safeParse('\u200b'.repeat(30)).success).toBe(false);
    expect(r.safeParse('a\u200b'.repeat(19)).success).toBe(false);
    expect(r.safeParse('The survivor called; the lead is on leave.').success).toBe(true);
  });

  // Red-team finding (issue 8): blanks outside the first list still counted as visible.
  const blanks: [string, string][] = [
    ['U+13441 Egyptian hieroglyph full blank', '\u{13441}'],
    ['U+13442 Egyptian hieroglyph half blank', '\u{13442}'],
    ['U+1D159 musical null notehead', '\u{1D159}'],
    ['U+E0002 unassigned (tag block)', '\u{E0002}'],
    ['U+2065 unassigned', '\u2065'],
    ['U+FFFF noncharacter', '\uFFFF'],
    ['U+FDD0 noncharacter', '\uFDD0'],
    ['U+10FFFE noncharacter', '\u{10FFFE}'],
    ['U+E000 private use', '\uE000'],
    ['U+F0000 supplementary private use', '\u{F0000}'],
    ['U+180E Mongolian vowel separator', '\u180E'],
    ['U+1D173 musical begin beam (format)', '\u{1D173}'],
    ['U+0301 a combining mark alone', '\u0301'],
  ];
  for (const [name, ch] of blanks) {
    it(`${name} is not a visible character (reason, note body, contact name)`, () => {
      expect(visibleLength(ch.repeat(25))).toBe(0);
      expect(reasonSchema(20, 200).safeParse(ch.repeat(25)).success).toBe(false);
    });
  }

  it('assigned printable characters still count: letters, digits, punctuation, symbols, CJK, emoji, a visible notehead', () => {
    for (const [s, n] of [['Zoë', 3], ['ñ', 1], ['日本語', 3], ['١٢٣', 3], ['!?', 2], ['😀👍🏽', 3], ['\u{1D15A}', 1], ['\u{1D158}', 1], ['a\u0301', 1]] as const) {
      expect(visibleLength(s), s).toBe(n);
    }
  });
});
