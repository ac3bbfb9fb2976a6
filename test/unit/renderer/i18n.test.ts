import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { FIELD_FALLBACK_KEY, FIELD_MESSAGE_KEYS, FIELD_TAKEN_KEY } from '../../../renderer/src/components/errorText';
import { LANGUAGES } from '../../../renderer/src/i18n/languages';

const SRC = join(import.meta.dirname, '../../../renderer/src');
const LOCALES = join(SRC, 'i18n/locales');

type Tree = { [k: string]: string | Tree };

function load(lang: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as Tree;
}

/** Flattens a catalogue to dotted key -> string; a non-string leaf is reported as a problem. */
function flatten(tree: Tree, prefix = '', out = new Map<string, string>(), bad: string[] = []): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') flatten(v, key, out, bad);
    else bad.push(key);
  }
  if (bad.length) throw new Error(`non-string leaves: ${bad.join(', ')}`);
  return out;
}

function sourceFiles(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));
const others = LANGUAGES.map((l) => l.code).filter((c) => c !== 'en');

describe('translation catalogues', () => {
  it('ships a catalogue for every language in the switcher', () => {
    const files = readdirSync(LOCALES).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(others)('%s has every key that en has', (lang) => {
    const cat = flatten(load(lang));
    const missing = [...en.keys()].filter((k) => !cat.has(k));
    expect(missing, `missing in ${lang}`).toEqual([]);
  });

  it.each(others)('%s has no key that en lacks', (lang) => {
    const cat = flatten(load(lang));
    const extra = [...cat.keys()].filter((k) => !en.has(k));
    expect(extra, `extra in ${lang}`).toEqual([]);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s has no empty message', (lang) => {
    const empty = [...flatten(load(lang))].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(others)('%s uses the same {{variables}} as en in every message', (lang) => {
    const cat = flatten(load(lang));
    const wrong = [...en].filter(([k, v]) => cat.has(k) && variables(cat.get(k)!).join() !== variables(v).join()).map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it.each(others)('%s is translated, not a copy of English', (lang) => {
    const cat = flatten(load(lang));
    const same = [...en].filter(([k, v]) => cat.get(k) === v).map(([k]) => k);
    // Proper names and a few words shared by the languages (Haven, Canada, Administration…) may match.
    expect(same.length / en.size).toBeLessThan(0.06);
  });

  it('has an errors.<CODE> message for every error code', () => {
    const missing = ERROR_CODES.filter((c) => !en.has(`errors.${c}`));
    expect(missing).toEqual([]);
  });

  it('has every field-error message the forms map to', () => {
    const keys = [...Object.values(FIELD_MESSAGE_KEYS), FIELD_FALLBACK_KEY, FIELD_TAKEN_KEY];
    expect(keys.filter((k) => !en.has(k))).toEqual([]);
  });
});

describe('keys used in the renderer source', () => {
  const tsx = sourceFiles(SRC, ['.tsx']);
  const all = sourceFiles(SRC, ['.ts', '.tsx']);

  it('finds the sources to scan', () => {
    expect(tsx.length).toBeGreaterThan(10);
  });

  it("every t('literal') key in a .tsx file exists in en", () => {
    const missing: string[] = [];
    for (const file of tsx) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
        if (!en.has(m[2]!)) missing.push(`${relative(SRC, file)}: ${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every quoted "namespace.key" literal (key tables, rules) exists in en', () => {
    // Catches keys kept in tables (section labels, role labels, rule results) rather than written in t().
    const namespaces = new Set([...en.keys()].map((k) => k.split('.')[0]));
    const missing: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'([a-zA-Z]+)\.([A-Za-z_.]+)'/g)) {
        if (namespaces.has(m[1]!) && !en.has(`${m[1]}.${m[2]}`)) missing.push(`${relative(SRC, file)}: ${m[1]}.${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
