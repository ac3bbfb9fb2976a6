import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_SETTINGS, deadlineOverrideSchema, legalSettingsSchema, matterFactsSchema } from '../../../shared/legal';

const ok = { id: 1, type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved' };

describe('matter facts schema', () => {
  it('accepts a plain matter and fills the defaults', () => {
    expect(matterFactsSchema.parse(ok)).toMatchObject({ principalMatterId: null, courtDates: [], overrides: [], ruleVersions: {} });
  });

  it.each([
    ['a derivative without its principal', { ...ok, type: 'us_t_i914_derivative' }],
    ['a principal with a principal', { ...ok, principalMatterId: 2 }],
    ['a US matter filed in Canada', { ...ok, jurisdiction: 'CA' }],
    ['a TRP filed in the US', { ...ok, type: 'ca_vtip_trp_initial' }],
    ['a base on a type that has none', { ...ok, baseMatterId: 2 }],
    ['court dates on a visa', { ...ok, courtDates: [{ key: 'a', date: '2026-01-05' }] }],
    ['the same court date twice', { ...ok, type: 'proceeding_criminal', courtDates: [{ key: 'a', date: '2026-01-05' }, { key: 'a', date: '2026-01-06' }] }],
    ['an impossible date', { ...ok, approvedOn: '2025-02-29' }],
    ['an unknown type', { ...ok, type: 'us_h1b' }],
  ])('refuses %s', (_what, input) => expect(matterFactsSchema.safeParse(input).success).toBe(false));

  it('keeps who and why on an override, and refuses an empty reason', () => {
    const o = { key: '1:status_expiry', date: '2029-03-20', by: 7, reason: 'Approval notice I-797', recordedAt: '2026-12-01T10:00:00Z' };
    expect(deadlineOverrideSchema.parse(o)).toMatchObject({ by: 7, reason: 'Approval notice I-797', noticeRef: null });
    expect(deadlineOverrideSchema.safeParse({ ...o, reason: '\u200b\u200b\u200b\u200b' }).success).toBe(false);
    expect(deadlineOverrideSchema.safeParse({ ...o, by: undefined }).success).toBe(false);
  });

  it('defaults the reminder offsets to DOMAIN.md and leaves the ⚠️ BFD validity to the notice', () => {
    // DOMAIN.md: "T expiry 180/90/60/30 ...; EAD 180/120/90/30; CP 120/90/60; VTIP TRP 120/90/60/30".
    expect(DEFAULT_LEGAL_SETTINGS.reminderDays).toMatchObject({
      tStatus: [180, 90, 60, 30],
      ead: [180, 120, 90, 30],
      continuedPresence: [120, 90, 60],
      trp: [120, 90, 60, 30],
    });
    expect(DEFAULT_LEGAL_SETTINGS.bonaFideValidity).toBeNull();
    expect(legalSettingsSchema.safeParse({ courtPreparationDays: [7, 7] }).success).toBe(false);
  });
});
