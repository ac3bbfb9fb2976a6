/**
 * The pseudo-locale ("qps"), a developer's and the e2e screenshots' tool, never offered to users: every
 * English string with its letters accented and about 30 % longer, in brackets. A screen in qps shows at a
 * glance text that skips the catalogues (plain English), and labels that clip or overflow when a
 * translation runs long. Generated from the English catalogue at runtime: there is no fourth catalogue.
 */
export const PSEUDO = 'qps';
/** Set to '1' in localStorage (devtools, or the e2e flow) to offer qps in the language switcher. */
export const PSEUDO_FLAG = 'haven.pseudo';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i]!]),
);

/** Placeholders ({{name}}), nested keys ($t(...)) and tags stay as they are: i18next must still find them. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/;

export function pseudoize(text: string): string {
  let letters = 0;
  const body = text
    .split(KEEP)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return [...part]
        .map((c) => {
          const a = ACCENTED[c];
          if (a) letters++;
          return a ?? c;
        })
        .join('');
    })
    .join('');
  // About 30 % longer, as German or French often are; at least one filler so short labels grow too.
  const pad = letters ? Math.max(1, Math.ceil(letters * 0.3)) : 0;
  return `[${body}${pad ? ` ${'~'.repeat(pad)}` : ''}]`;
}

type Tree = { [key: string]: string | Tree };

export function pseudoCatalogue(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? pseudoize(v) : pseudoCatalogue(v)]));
}

export function pseudoEnabled(): boolean {
  try {
    return window.localStorage.getItem(PSEUDO_FLAG) === '1';
  } catch {
    return false;
  }
}
