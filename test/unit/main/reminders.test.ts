import { describe, expect, it } from 'vitest';
import { createReminderNotifier, noticesFor, type ReminderNotice } from '../../../electron/main/reminders';

/** Issue 12: main turns the reminders answer into OS notifications, case number only, each once per session. */
const ok = (value: unknown) => ({ ok: true as const, value });

describe('OS notifications for due legal reminders (electron/main/reminders.ts)', () => {
  it('shows the case number and count of each due case, in the OS language', () => {
    const rows = [
      { caseId: 1, caseNumber: 'HV-2026-00001', count: 1 },
      { caseId: 2, caseNumber: 'HV-2026-00042', count: 3 },
    ];
    expect(noticesFor('legal.reminders.due', ok(rows), 'en-US').map((n) => n.notice.body)).toEqual(['Case HV-2026-00001: a legal reminder is due.', 'Case HV-2026-00042: 3 legal reminders are due.']);
    expect(noticesFor('legal.reminders.due', ok(rows), 'fr-CA')[1]!.notice.body).toBe('Dossier HV-2026-00042 : 3 rappels juridiques sont arrivés à échéance.');
    expect(noticesFor('legal.reminders.due', ok(rows), 'es-MX')[0]!.notice.title).toBe('Haven: recordatorio legal pendiente');
  });

  it('never shows anything that is not a case number: a name in the field, extra fields, other channels, errors', () => {
    const named = [{ caseId: 1, caseNumber: 'Rowan Fictive', count: 1 }, { caseId: 2, caseNumber: 'HV-2026-00002 Rowan', count: 1 }, { caseId: 3, caseNumber: 'HV-2026-00003', count: 0 }];
    expect(noticesFor('legal.reminders.due', ok(named), 'en')).toEqual([]);
    const extra = noticesFor('legal.reminders.due', ok([{ caseId: 4, caseNumber: 'HV-2026-00004', count: 2, name: 'Rowan Fictive' }]), 'en');
    expect(JSON.stringify(extra)).not.toContain('Rowan');
    expect(noticesFor('today.get', ok([{ caseNumber: 'HV-2026-00001', count: 1 }]), 'en')).toEqual([]);
    expect(noticesFor('legal.reminders.due', { ok: false, error: { code: 'FORBIDDEN', message: 'x' } }, 'en')).toEqual([]);
    expect(noticesFor('legal.reminders.due', ok({ caseNumber: 'HV-2026-00001', count: 1 }), 'en')).toEqual([]);
  });

  it('shows each (case, count) once per session, again after a lock or a new unlock, and when the count changes', () => {
    const shown: ReminderNotice[] = [];
    const n = createReminderNotifier({ show: (x) => shown.push(x), locale: () => 'en' });
    const due = (count: number) => ok([{ caseId: 1, caseNumber: 'HV-2026-00001', count }]);
    n.observe('legal.reminders.due', due(1));
    n.observe('legal.reminders.due', due(1));
    expect(shown).toHaveLength(1);
    n.observe('legal.reminders.due', due(2));
    expect(shown).toHaveLength(2);
    n.observe('vault.lock', ok(null));
    n.observe('legal.reminders.due', due(2));
    expect(shown).toHaveLength(3);
  });
});
