import type { Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';

/**
 * OS notifications for due legal reminders (issue 12), with no new IPC path: main already sees every core
 * result (ipc.ts onResult), so when the renderer's notifier asks `legal.reminders.due` main shows what came
 * back. Only a case NUMBER and a count ever reach the OS (a notification can sit on a lock screen or in a
 * notification centre), each checked here against the case-number shape, so a field that is not a case number
 * is never shown; everything else in the answer is ignored. Each (case, count) is shown once per unlock.
 */
export const REMINDER_CHANNEL = 'legal.reminders.due' satisfies Channel;

/** HV-2026-00042: what nextCaseNumber (electron/core/cases/queries.ts) produces. */
const CASE_NUMBER = /^HV-\d{4}-\d{5,9}$/;

export interface ReminderNotice {
  title: string;
  body: string;
}

const TEXT: Record<'en' | 'fr' | 'es', { title: string; body: (caseNumber: string, n: number) => string }> = {
  en: { title: 'Haven: legal reminder due', body: (c, n) => (n === 1 ? `Case ${c}: a legal reminder is due.` : `Case ${c}: ${n} legal reminders are due.`) },
  fr: { title: 'Haven : rappel juridique à traiter', body: (c, n) => (n === 1 ? `Dossier ${c} : un rappel juridique est arrivé à échéance.` : `Dossier ${c} : ${n} rappels juridiques sont arrivés à échéance.`) },
  es: { title: 'Haven: recordatorio legal pendiente', body: (c, n) => (n === 1 ? `Caso ${c}: vence un recordatorio legal.` : `Caso ${c}: vencen ${n} recordatorios legales.`) },
};

const langOf = (locale: string): keyof typeof TEXT => (locale.startsWith('fr') ? 'fr' : locale.startsWith('es') ? 'es' : 'en');

/** The notices a result calls for: none unless it is an ok answer of the reminders channel, well formed. */
export function noticesFor(channel: Channel, result: Result<unknown>, locale: string): { key: string; notice: ReminderNotice }[] {
  if (channel !== REMINDER_CHANNEL || !result.ok || !Array.isArray(result.value)) return [];
  const text = TEXT[langOf(locale)];
  const out: { key: string; notice: ReminderNotice }[] = [];
  for (const row of result.value.slice(0, 20) as unknown[]) {
    if (!row || typeof row !== 'object') continue;
    const { caseNumber, count } = row as { caseNumber?: unknown; count?: unknown };
    if (typeof caseNumber !== 'string' || !CASE_NUMBER.test(caseNumber)) continue;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) continue;
    out.push({ key: `${caseNumber}:${count}`, notice: { title: text.title, body: text.body(caseNumber, count) } });
  }
  return out;
}

export interface ReminderNotifier {
  observe(channel: Channel, result: Result<unknown>): void;
}

/** Shows each new notice once per session. */
export function createReminderNotifier(deps: { show: (n: ReminderNotice) => void; locale: () => string }): ReminderNotifier {
  const shown = new Set<string>();
  return {
    observe(channel, result) {
      // A new session (unlock through the window) or a lock from the window: remind afresh next time.
      if (channel === 'vault.lock' || channel === 'vault.unlock') {
        shown.clear();
        return;
      }
      for (const { key, notice } of noticesFor(channel, result, deps.locale())) {
        if (shown.has(key)) continue;
        shown.add(key);
        deps.show(notice);
      }
    },
  };
}
