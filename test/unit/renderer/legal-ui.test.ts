import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_SETTINGS, RULES, computeCaseDeadlines, lastDayOfTerm } from '../../../shared/legal';
import type { MatterDetail } from '../../../shared/legal/schemas';
import { factsOf, previewDraft } from '../../../renderer/src/screens/legal/preview';
import { laneOf, scaleFor, timelineOf } from '../../../renderer/src/screens/legal/timelineModel';

/** Issue 12 UI logic: the matter page's preview is the engine's answer, and the timeline draws what it says. */
const TODAY = '2026-12-02';

function tMatter(over: Partial<MatterDetail> = {}): MatterDetail {
  return {
    id: 7, caseId: 1, caseNumber: 'HV-2026-00001', type: 'us_t_i914_principal', jurisdiction: 'US', status: 'approved',
    principalMatterId: null, baseMatterId: null, receiptNumber: null, noticeNumber: null,
    filedOn: null, approvedOn: '2025-12-02', admittedOn: '2025-12-02', signedOn: null, expiresOn: null, eadCategory: null,
    lawEnforcementContact: null, ownerId: 1, ownerName: 'A', ruleVersions: { us_t_status_validity: 1 }, next: null, noMaintainedStatus: false,
    closedAt: null, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', version: 1,
    proceeding: null, courtDates: [], overrides: [], deadlines: [], warnings: [], tasks: [],
    ...over,
  };
}

describe('matter preview (renderer/src/screens/legal/preview.ts)', () => {
  it('gives exactly the engine’s dates for the edited facts, as the core will store them', () => {
    const m = tMatter();
    const draft = { status: 'approved' as const, filedOn: null, approvedOn: '2024-02-29', admittedOn: '2024-02-29', signedOn: null, eadCategory: null };
    const p = previewDraft(m, draft, [], TODAY);
    const engine = computeCaseDeadlines([{ ...factsOf(m), ...draft }], { today: TODAY, rules: RULES, settings: DEFAULT_LEGAL_SETTINGS });
    expect(p.deadlines.map((d) => [d.key, d.date])).toEqual(engine.deadlines.map((d) => [d.key, d.date]));
    // USCIS: 4 years from a 29 February approval; DOMAIN.md: the last valid day is 28 February in a common year.
    expect(p.deadlines.find((d) => d.kind === 'status_expiry')?.date).toBe(lastDayOfTerm('2024-02-29', { years: 4 }));
    expect(p.deadlines.find((d) => d.kind === 'status_expiry')?.date).toBe('2028-02-28');
  });

  it('keeps an override from a notice: the notice wins in the preview too, and reminders follow it', () => {
    const m = tMatter({ overrides: [{ key: '7:status_expiry', date: '2026-12-07', by: 1, byName: 'A', reason: 'notice', noticeRef: null, recordedAt: '2026-12-01T00:00:00.000Z' }] });
    const p = previewDraft(m, { status: 'approved', filedOn: null, approvedOn: '2025-12-02', admittedOn: '2025-12-02', signedOn: null, eadCategory: null }, [], TODAY);
    const expiry = p.deadlines.find((d) => d.key === '7:status_expiry')!;
    expect([expiry.date, expiry.computed, expiry.urgency]).toEqual(['2026-12-07', '2029-12-01', 'due_soon']);
    expect(p.deadlines.filter((d) => d.parentKey === '7:status_expiry').map((d) => d.date)).toContain('2026-11-07');
  });
});

describe('matter timeline model (renderer/src/screens/legal/timelineModel.ts)', () => {
  it('draws the I-485 window as a band from its opening to the end of status, and leaves reminders to the list', () => {
    const deadlines = computeCaseDeadlines([factsOf(tMatter())], { today: TODAY, rules: RULES, settings: DEFAULT_LEGAL_SETTINGS }).deadlines;
    const { marks, bands } = timelineOf({ approvedOn: '2025-12-02', admittedOn: '2025-12-02' }, deadlines);
    expect(bands).toEqual([{ from: '2028-12-02', to: '2029-12-01', labelKey: 'legalPage.timeline.adjustmentWindow', tone: 'window' }]);
    expect(marks.map((m) => m.shape)).toEqual(['fact', 'fact', 'deadline', 'deadline', 'expiry']);
    expect(marks.some((m) => m.labelKey.endsWith('.reminder'))).toBe(false);
  });

  it('puts labels that would overlap in different lanes, and places today on the scale', () => {
    expect(laneOf([{ x: 100, width: 120 }, { x: 150, width: 120 }, { x: 400, width: 50 }], 4)).toEqual([0, 1, 0]);
    const s = scaleFor(['2026-01-01', '2027-01-01'], '2026-07-02', 0, 1000);
    expect(s.x('2026-01-01')).toBeLessThan(s.x('2026-07-02'));
    expect(s.x('2026-07-02')).toBeLessThan(s.x('2027-01-01'));
  });
});
