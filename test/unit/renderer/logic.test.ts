import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, errorKey } from '../../../renderer/src/components/errorText';
import { checkNewPassword } from '../../../renderer/src/components/passwordRules';
import { HavenError, unwrap } from '../../../renderer/src/data/result';
import { createKeymap, isTypingTarget, type KeyInput } from '../../../renderer/src/frame/keymap';
import { pickLanguage } from '../../../renderer/src/i18n/languages';
import { confirmsLastGroup, lastGroup } from '../../../renderer/src/screens/setup/recoveryKey';

describe('unwrap', () => {
  it('returns the value of an ok result', async () => {
    await expect(unwrap(Promise.resolve({ ok: true as const, value: 42 }))).resolves.toBe(42);
  });

  it('throws a HavenError carrying code and extras', async () => {
    const e = await unwrap(Promise.resolve({ ok: false as const, error: { code: 'THROTTLED' as const, message: 'wait', retryAfterMs: 4000 } })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HavenError);
    expect((e as HavenError).code).toBe('THROTTLED');
    expect((e as HavenError).retryAfterMs).toBe(4000);
  });

  it('turns a rejected transport or a malformed reply into INTERNAL', async () => {
    const a = await unwrap(Promise.reject(new Error('SELECT * FROM secrets'))).catch((x: unknown) => x);
    expect((a as HavenError).code).toBe('INTERNAL');
    expect((a as HavenError).message).not.toContain('SELECT');
    const b = await unwrap(Promise.resolve(undefined as never)).catch((x: unknown) => x);
    expect((b as HavenError).code).toBe('INTERNAL');
  });

  it('maps an unknown code to INTERNAL', () => {
    expect(new HavenError({ code: 'NOPE' as never, message: '' }).code).toBe('INTERNAL');
    expect(errorKey('NOPE')).toBe('errors.INTERNAL');
    expect(errorKey('CONFLICT')).toBe('errors.CONFLICT');
  });
});

describe('field errors', () => {
  const t = ((k: string) => `T:${k}`) as never;
  it('maps core paths to form fields with our own wording, never the core text', () => {
    const err = new HavenError({ code: 'VALIDATION', message: '', fields: { 'admin.password': 'Use at least 10 characters.', roles: 'x', weird: 'y' } });
    expect(fieldErrorsOf(err, t, { 'admin.password': 'password' })).toEqual({
      password: 'T:fieldErrors.password',
      roles: 'T:fieldErrors.roles',
      weird: 'T:fieldErrors.invalid',
    });
  });
  it('explains a taken login name', () => {
    const err = new HavenError({ code: 'CONFLICT', message: '', fields: { username: 'taken' } });
    expect(fieldErrorsOf(err, t)).toEqual({ username: 'T:fieldErrors.taken' });
  });
});

describe('new password rules', () => {
  it('needs 10 characters and a matching confirmation', () => {
    expect(checkNewPassword('short', 'short')).toEqual({ password: 'fieldErrors.password' });
    expect(checkNewPassword('long enough pw', 'different')).toEqual({ confirm: 'fieldErrors.mismatch' });
    expect(checkNewPassword('long enough pw', 'long enough pw')).toEqual({});
  });
});

describe('recovery key confirmation', () => {
  it('accepts the last group in any case, with spaces around', () => {
    const key = 'ABCD-EFGH-IJKL-MN23';
    expect(lastGroup(key)).toBe('MN23');
    expect(confirmsLastGroup(' mn23 ', key)).toBe(true);
    expect(confirmsLastGroup('IJKL', key)).toBe(false);
    expect(confirmsLastGroup('', '')).toBe(false);
  });
});

describe('language choice', () => {
  it('prefers the saved choice, then the system language, then English', () => {
    expect(pickLanguage('es', ['fr-FR'])).toBe('es');
    expect(pickLanguage('de', ['fr-FR', 'en'])).toBe('fr-CA');
    expect(pickLanguage(null, ['es-MX'])).toBe('es');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
  });
});

describe('keymap', () => {
  const key = (k: string, code = '', mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

  it('Alt+1..8 go to the numbered sections', () => {
    const read = createKeymap(() => 0);
    expect(read(key('1', 'Digit1', { altKey: true }), false)).toEqual({ type: 'go', section: 'today' });
    expect(read(key('2', 'Digit2', { altKey: true }), false)).toEqual({ type: 'go', section: 'cases' });
    expect(read(key('¡', 'Digit8', { altKey: true }), true)).toEqual({ type: 'go', section: 'admin' });
    expect(read(key('9', 'Digit9', { altKey: true }), false)).toBeNull();
  });

  it('g then a letter, within the window', () => {
    let now = 0;
    const read = createKeymap(() => now);
    expect(read(key('g'), false)).toBeNull();
    expect(read(key('r'), false)).toEqual({ type: 'go', section: 'referrals' });
    read(key('g'), false);
    now = 5000;
    expect(read(key('r'), false)).toBeNull();
    read(key('g'), false);
    expect(read(key('m'), false)).toEqual({ type: 'go', section: 'account' });
  });

  it('? opens help; single keys are ignored while typing', () => {
    const read = createKeymap(() => 0);
    expect(read(key('?', 'Slash', { shiftKey: true }), false)).toEqual({ type: 'help' });
    expect(read(key('?'), true)).toBeNull();
    read(key('g'), true);
    expect(read(key('c'), false)).toBeNull();
  });

  it('knows which targets take text', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'password' } as never)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' } as never)).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' } as never)).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as never)).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });
});
