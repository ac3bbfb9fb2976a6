import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { findInstrument, scoreScreening } from '../../../../../shared/screening';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useScreenings } from '../../../data/screening';
import { useFormat } from '../../../i18n/format';
import type { CaseTabProps } from '../page/tabProps';
import { InstrumentPicker } from './InstrumentPicker';
import { pick } from './lang';
import { READING_LABEL, readingOf } from './reading';
import { ScreeningForm } from './ScreeningForm';

/** Screenings of the case: in-progress ones to resume, completed ones to read, and a new one to start. */
export function ScreeningTab({ file }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const caseId = file.header.id;
  const list = useScreenings(caseId);
  const [openId, setOpenId] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const open = list.data?.find((s) => s.id === openId);
  if (open) return <ScreeningForm key={open.id} caseId={caseId} screening={open} onClose={() => setOpenId(null)} />;

  return (
    <div className="screening-tab">
      <div className="section-head">
        <h2>{t('screeningPage.title')}</h2>
        {picking ? null : (
          <Button className="button button-primary" onPress={() => setPicking(true)} data-testid="screening-start">
            {t('screeningPage.start')}
          </Button>
        )}
      </div>
      {picking ? (
        <InstrumentPicker
          caseId={caseId}
          onCancel={() => setPicking(false)}
          onStarted={(s) => {
            setPicking(false);
            setOpenId(s.id);
          }}
        />
      ) : null}
      <ErrorMessage error={list.error} />
      {list.data && list.data.length === 0 && !picking ? <p className="muted">{t('screeningPage.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table" data-testid="screening-list">
          <caption className="visually-hidden">{t('screeningPage.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screeningPage.instrument')}</th>
              <th scope="col">{t('screeningPage.state')}</th>
              <th scope="col">{t('screeningPage.result')}</th>
              <th scope="col">{t('screeningPage.gaps')}</th>
              <th scope="col">{t('screeningPage.by')}</th>
              <th scope="col">{t('screeningPage.date')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staffPage.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((s) => {
              const inst = findInstrument(s.instrumentId, s.instrumentVersion);
              const reading = readingOf(inst ? scoreScreening(inst, s.answers) : { band: s.band, declined: s.declined, unknown: 0, unanswered: s.unanswered });
              const name = inst ? pick(inst.name, i18n.language) : s.instrumentId;
              return (
                <tr key={s.id} data-testid={`screening-row-${s.id}`}>
                  <th scope="row">{name}</th>
                  <td>{s.status === 'complete' ? t('screeningPage.stateComplete') : <span className="badge badge-intake">{t('screeningPage.stateInProgress')}</span>}</td>
                  <td>
                    <span className={`reading reading-${reading} reading-inline`}>{t(READING_LABEL[reading])}</span> <span className="muted small">({s.score}/{s.maxScore})</span>
                  </td>
                  <td className="small">{t('screeningPage.gapsValue', { declined: String(s.declined), unanswered: String(s.unanswered) })}</td>
                  <td>{s.screenedBy}</td>
                  <td className="nowrap">{fmt.dateTime(s.completedAt ?? s.startedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <Button className="button button-small" onPress={() => setOpenId(s.id)} aria-label={`${s.status === 'complete' ? t('screeningPage.view') : t('screeningPage.resume')}: ${name}`} data-testid={`screening-open-${s.id}`}>
                        {s.status === 'complete' ? t('screeningPage.view') : t('screeningPage.resume')}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
