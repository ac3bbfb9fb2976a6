import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { useDueReminders } from '../../data/legal';
import { useFormat } from '../../i18n/format';

/** How often a legal aide's due reminders are asked for while Haven is open (and unlocked). */
const EVERY_MS = 5 * 60_000;

/**
 * Due legal reminders as an in-app notice: a polite live region naming each case by NUMBER and how many
 * reminders are due, never a name or a matter type (the screen may be seen by anyone in the room). The same
 * `legal.reminders.due` answer is what the Electron host turns into an OS notification (electron/main/
 * reminders.ts), so both hosts say the same thing. Dismissing hides the notice until something new is due.
 */
export function LegalNotifier({ session, onOpenCase }: { session: Session; onOpenCase: (caseId: number) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const enabled = session.roles.includes('legal_aide');
  const due = useDueReminders(enabled, EVERY_MS);
  const [dismissed, setDismissed] = useState('');
  const rows = due.data ?? [];
  const signature = rows.map((r) => `${r.caseNumber}:${r.count}`).join(',');
  const show = enabled && rows.length > 0 && signature !== dismissed;
  return (
    <aside className={show ? 'legal-notifier' : 'visually-hidden'} aria-label={t('legalPage.notify.region')} data-testid="legal-notifier">
      <div role="status" aria-live="polite">
        {show ? (
          <>
            <p className="legal-notifier-title">
              {t('legalPage.notify.title')}
            </p>
            <ul className="plain-list">
              {rows.slice(0, 5).map((r) => (
                <li key={r.caseId} data-testid={`legal-notice-${r.caseNumber}`}>
                  <Button className="button-link" onPress={() => onOpenCase(r.caseId)}>
                    {t('legalPage.notify.item', { caseNumber: r.caseNumber, n: fmt.number(r.count) })}
                  </Button>
                </li>
              ))}
            </ul>
            {rows.length > 5 ? <p className="small">{t('legalPage.notify.more', { n: fmt.number(rows.length - 5) })}</p> : null}
          </>
        ) : null}
      </div>
      {show ? (
        <Button className="button button-small" onPress={() => setDismissed(signature)} data-testid="legal-notifier-dismiss">
          {t('legalPage.notify.dismiss')}
        </Button>
      ) : null}
    </aside>
  );
}
