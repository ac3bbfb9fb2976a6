import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useConsents } from '../../data/consents';
import { useFormat } from '../../i18n/format';
import type { CaseTabProps } from '../cases/page/tabProps';
import { CATEGORY_LABEL, CONSENT_STATUS_LABEL, METHOD_LABEL } from '../referrals/labels';
import { AttachFormDialog } from './AttachFormDialog';
import { ConsentFormDialog } from './ConsentFormDialog';
import { consentState, STATE_ORDER, type ConsentState } from './consentState';
import { DeclinedDialog } from './DeclinedDialog';
import { DisclosuresPanel } from './DisclosuresPanel';
import { RecordConsentDialog } from './RecordConsentDialog';
import { RevokeDialog } from './RevokeDialog';

/** A status badge that says its state in words (colour is only a second cue). */
export function ConsentBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation();
  return <span className={`badge badge-state badge-${state}`}>{t(CONSENT_STATUS_LABEL[state])}</span>;
}

/**
 * Releases of information on a case: which agencies may receive what, until when, at a glance. Recording
 * one, recording that the survivor declined (never a bar to services), revoking with a confirmation.
 */
export function ConsentsTab({ file, session }: CaseTabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const caseId = file.header.id;
  const consents = useConsents(caseId);
  const [dialog, setDialog] = useState<'record' | 'declined' | null>(null);
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const [printing, setPrinting] = useState<Consent | null>(null);
  const [attaching, setAttaching] = useState<Consent | null>(null);
  const [message, setMessage] = useState('');
  const canAct = session.roles.some((r) => r === 'caseworker' || r === 'legal_aide');
  const rows = [...(consents.data ?? [])].sort((a, b) => STATE_ORDER.indexOf(consentState(a, now)) - STATE_ORDER.indexOf(consentState(b, now)) || b.recordedAt.localeCompare(a.recordedAt));
  const counts = new Map<ConsentState, number>();
  for (const c of rows) counts.set(consentState(c, now), (counts.get(consentState(c, now)) ?? 0) + 1);

  const close = (m?: string) => {
    setDialog(null);
    setRevoking(null);
    setAttaching(null);
    if (m) setMessage(m);
  };

  return (
    <section className="consents" aria-labelledby="consents-title" data-testid="consents-tab">
      <div className="section-head">
        <h2 id="consents-title">{t('consentsPage.title')}</h2>
        {canAct ? (
          <div className="actions-group">
            <Button className="button" onPress={() => setDialog('declined')} data-testid="consent-declined-open">
              {t('consentsPage.recordDeclined')}
            </Button>
            <Button className="button button-primary" onPress={() => setDialog('record')} data-testid="consent-record-open">
              {t('consentsPage.record')}
            </Button>
          </div>
        ) : null}
      </div>
      <p className="muted small">{t('consentsPage.intro')}</p>
      <StatusMessage testId="consents-status">{message}</StatusMessage>
      <ErrorMessage error={consents.error} />
      {rows.length ? (
        <ul className="consent-glance" aria-label={t('consentsPage.glance')} data-testid="consent-glance">
          {STATE_ORDER.filter((s) => counts.get(s)).map((s) => (
            <li key={s} data-testid={`consent-count-${s}`}>
              <ConsentBadge state={s} /> <span className="consent-count">{fmt.number(counts.get(s) ?? 0)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {consents.data && rows.length === 0 ? <p className="empty-state">{t('consentsPage.none')}</p> : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table consent-table" data-testid="consent-table">
            <caption className="visually-hidden">{t('consentsPage.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consentsPage.agency')}</th>
                <th scope="col">{t('consentsPage.status')}</th>
                <th scope="col">{t('consentsPage.categories')}</th>
                <th scope="col">{t('consentsPage.period')}</th>
                <th scope="col">{t('consentsPage.how')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('directoryPage.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const st = consentState(c, now);
                return (
                  <tr key={c.id} data-testid={`consent-row-${c.id}`} data-state={st}>
                    <th scope="row">
                      {c.agencyName}
                      <div className="muted small">{t('consentsPage.reference', { id: c.id })}</div>
                    </th>
                    <td>
                      <ConsentBadge state={st} />
                      {c.revokedAt ? <div className="muted small">{t('consentsPage.revokedOn', { when: fmt.dateTime(c.revokedAt), who: c.revokedBy ?? '' })}</div> : null}
                    </td>
                    <td>
                      {c.decision === 'declined' ? <span className="muted">{t('consentsPage.declinedNothing')}</span> : c.categories.map((x) => t(CATEGORY_LABEL[x])).join(', ')}
                      {c.purpose ? <div className="muted small">{c.purpose}</div> : null}
                    </td>
                    <td className="nowrap">
                      {c.decision === 'declined' ? (
                        fmt.date(c.recordedAt)
                      ) : (
                        <>
                          {fmt.date(c.startsAt)} – {c.expiresAt ? fmt.date(c.expiresAt) : '—'}
                          {st === 'active' || st === 'expiring' ? <div className="muted small">{t('consentsPage.expiresRelative', { when: fmt.relative(c.expiresAt ?? '', now) })}</div> : null}
                        </>
                      )}
                    </td>
                    <td>
                      {t(METHOD_LABEL[c.method])}
                      {c.witnessName ? <div className="muted small">{t('consentsPage.witnessed', { name: c.witnessName })}</div> : null}
                      <div className="muted small">{c.documentId ? t('consentsPage.formAttached') : c.decision === 'given' && c.method === 'written' ? t('consentsPage.formMissing') : ''}</div>
                    </td>
                    <td>
                      <div className="row-actions">
                        {c.decision === 'given' ? (
                          <Button className="button button-small" onPress={() => setPrinting(c)} aria-label={`${t('consentsPage.printForm')}: ${c.agencyName}`} data-testid={`consent-print-${c.id}`}>
                            {t('consentsPage.printForm')}
                          </Button>
                        ) : null}
                        {canAct && c.decision === 'given' && c.documentId === null && st !== 'revoked' ? (
                          <Button className="button button-small" onPress={() => setAttaching(c)} aria-label={`${t('consentsPage.attachForm')}: ${c.agencyName}`} data-testid={`consent-attach-${c.id}`}>
                            {t('consentsPage.attachForm')}
                          </Button>
                        ) : null}
                        {canAct && (st === 'active' || st === 'expiring' || st === 'pending') ? (
                          <Button className="button button-small button-danger" onPress={() => setRevoking(c)} aria-label={`${t('consentsPage.revoke')}: ${c.agencyName}`} data-testid={`consent-revoke-${c.id}`}>
                            {t('consentsPage.revoke')}
                          </Button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <DisclosuresPanel caseId={caseId} canAct={canAct} />
      {dialog === 'record' ? <RecordConsentDialog caseId={caseId} onClose={close} /> : null}
      {dialog === 'declined' ? <DeclinedDialog caseId={caseId} onClose={close} /> : null}
      {revoking ? <RevokeDialog consent={revoking} onClose={close} /> : null}
      {attaching ? <AttachFormDialog consent={attaching} onClose={close} /> : null}
      {printing ? <ConsentFormDialog consent={printing} caseNumber={file.header.caseNumber} onClose={() => setPrinting(null)} /> : null}
    </section>
  );
}
