import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en.json';
import { pseudoCatalogue, pseudoize } from '../../../renderer/src/i18n/pseudo';

describe('pseudo-locale', () => {
  it('accents letters, grows about 30 % and brackets the string', () => {
    const p = pseudoize('Search notes');
    expect(p.startsWith('[') && p.endsWith(']')).toBe(true);
    expect(p).not.toMatch(/[a-zA-Z]/);
    expect(p.length).toBeGreaterThanOrEqual(Math.ceil('Search notes'.length * 1.3));
  });

  it('keeps placeholders and nested keys for i18next', () => {
    expect(pseudoize('Cases: {{total}}')).toContain('{{total}}');
    expect(pseudoize('See $t(nav.cases)')).toContain('$t(nav.cases)');
  });

  it('covers every key of the English catalogue', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : keys(v as object, `${p}${k}.`)));
    expect(keys(pseudoCatalogue(en))).toEqual(keys(en));
  });
});
