import { describe, expect, it } from 'vitest';
import { makeCentre, known } from '../unit/helpers/centre';

/** What the fuzz proof found, kept as plain regression tests (each failed before its fix). */
describe('found by the fuzz proof', () => {
  it('a profile saved with every field at once is accepted and audited (the field list no longer overflows the audit detail: was INTERNAL)', async () => {
    const c = await makeCentre();
    const kase = await c.newCase();
    const profile = {
      givenName: known('Fictional'),
      familyName: known('Person'),
      aliases: { state: 'declined' },
      dateOfBirth: { state: 'unknown' },
      ageBand: { state: 'declined' },
      gender: { state: 'unknown' },
      nationality: { state: 'unknown' },
      languages: { state: 'declined' },
      citizenship: { state: 'unknown' },
      traffickingType: { state: 'declined' },
      polarisType: { state: 'unknown' },
      meansOfControl: { state: 'declined' },
      vulnerabilities: { state: 'unknown' },
      minor: { state: 'declined' },
    };
    const r = await c.call('cases.updateProfile', { caseId: kase.id, version: kase.version, profile });
    expect(r).toMatchObject({ ok: true });
    await c.as('admin');
    const audit = await c.ok<{ action: string; detail: Record<string, unknown> }[]>('audit.list', { limit: 20 });
    expect(audit.find((a) => a.action === 'cases.updateProfile')?.detail).toEqual({ fieldCount: Object.keys(profile).length });
  });
});
