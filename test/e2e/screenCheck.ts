import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * Checks every screen shares: text left over from the previous language after a switch, and elements
 * that overflow their container or the window. Both run in the page as it is painted now.
 */

type Catalogue = Record<string, unknown>;
const LOCALES = fileURLToPath(new URL('../../renderer/src/i18n/locales/', import.meta.url));
const load = (lang: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (node: Catalogue, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') out.set(prefix + k, v);
      else if (v && typeof v === 'object') walk(v as Catalogue, `${prefix}${k}.`);
    }
  };
  walk(JSON.parse(readFileSync(`${LOCALES}${lang}.json`, 'utf8')) as Catalogue, '');
  return out;
};

export const CATALOGUE_LANGS = ['en', 'fr-CA', 'es'] as const;
export type CatalogueLang = (typeof CATALOGUE_LANGS)[number];
const catalogues = Object.fromEntries(CATALOGUE_LANGS.map((l) => [l, load(l)])) as Record<CatalogueLang, Map<string, string>>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What only `prev` says: its catalogue values that no value of `now` equals, as whole-text matchers.
 * Values with placeholders become patterns ("{{n}} cases" -> /^.+ cases$/) when enough literal text is left
 * to be unambiguous; very short values ("OK", "No") are skipped, they say nothing about the language.
 */
function leftoverMatchers(prev: CatalogueLang, now: CatalogueLang): Array<{ key: string; test: (s: string) => boolean }> {
  const nowValues = new Set(catalogues[now].values());
  const out: Array<{ key: string; test: (s: string) => boolean }> = [];
  for (const [key, value] of catalogues[prev]) {
    if (nowValues.has(value) || catalogues[now].get(key) === value) continue;
    if (value.includes('{{') || value.includes('$t(')) {
      const literal = value.replace(/\{\{[^}]*\}\}/g, '').replace(/\$t\([^)]*\)/g, '');
      if (literal.replace(/[\s\p{P}]/gu, '').length < 8) continue;
      const re = new RegExp(`^${value.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/).map(escape).join('.+?')}$`, 'su');
      out.push({ key, test: (s) => re.test(s) });
    } else if (value.replace(/[\s\p{P}]/gu, '').length >= 3) {
      out.push({ key, test: (s) => s === value });
    }
  }
  return out;
}

/** Month and weekday names a date in `lang` shows (Intl, the same source the app formats with). */
function dateWords(lang: string): Set<string> {
  const words = new Set<string>();
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2026, m, 14, 12));
    for (const opts of [{ dateStyle: 'medium' }, { dateStyle: 'long' }, { weekday: 'long', month: 'long' }] as Intl.DateTimeFormatOptions[]) {
      for (const p of new Intl.DateTimeFormat(lang, opts).formatToParts(d)) if (p.type === 'month' || p.type === 'weekday') words.add(p.value);
    }
  }
  return words;
}

/** Every piece of text a person (or a screen reader) meets on the page now: text nodes and labelling attributes. */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('script, style, [hidden], [aria-hidden="true"][inert]')) continue;
      if (!parent.checkVisibility()) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')) {
      if (!el.checkVisibility()) continue;
      for (const a of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** Text on the page that belongs to `prev` and not to `now`: catalogue strings and date words. Empty when the switch was complete. */
export async function leftoverText(page: Page, prev: CatalogueLang, now: CatalogueLang): Promise<string[]> {
  const texts = await visibleTexts(page);
  const matchers = leftoverMatchers(prev, now);
  const nowWords = dateWords(now);
  const prevWords = [...dateWords(prev)].filter((w) => !nowWords.has(w));
  const found = new Set<string>();
  for (const text of texts) {
    const hit = matchers.find((m) => m.test(text));
    if (hit) found.add(`${JSON.stringify(text)} (${prev} ${hit.key})`);
    // A date word counts only next to a number: "1 déc. 2026", "dic 1".
    for (const w of prevWords) {
      const re = new RegExp(`(\\d[\\s,]*${escape(w)}(?![\\p{L}])|(?<![\\p{L}])${escape(w)}[\\s,.]*\\d)`, 'u');
      if (re.test(text)) found.add(`${JSON.stringify(text)} (${prev} date word "${w}")`);
    }
  }
  return [...found];
}

/**
 * Elements of the screen that do not fit: content wider than its box (clipped or spilling onto its
 * neighbour), or a box reaching past the window's edges. Inputs scroll their own text and are skipped, as is
 * anything inside an element marked data-scroll-x (a deliberate horizontal scroller) or an open overlay.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('#main') ?? document.body;
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const cls = typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean).slice(0, 2).join('.') : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''} "${text}"`;
    };
    const out: string[] = [];
    // One report per overflowing subtree: an element inside one already reported is the same problem.
    const reported: Element[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (reported.some((r) => r.contains(el))) continue;
      if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
      if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName)) continue;
      if (el.closest('[data-scroll-x], .visually-hidden, .skip-link, [role="dialog"], .popover')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'inline' || cs.display === 'contents') continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`${describe(el)}: content ${el.scrollWidth}px in ${el.clientWidth}px`);
        reported.push(el);
      } else if (r.right > vw + 1 || r.left < -1) {
        out.push(`${describe(el)}: box ${Math.round(r.left)}..${Math.round(r.right)} outside 0..${vw}`);
        reported.push(el);
      }
    }
    return out;
  });
}
