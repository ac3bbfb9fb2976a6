import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROCEEDING_OUTCOMES } from '../../../../shared/legal';
import type { MatterDetail } from '../../../../shared/legal/schemas';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useAddCourtDate, useRemoveCourtDate, useUpdateCourtDate, useUpdateProceeding } from '../../data/legal';
import { msg, useMessageText, type Message } from './message';
import { useIsoDay } from './isoDay';
import { OUTCOME_LABEL } from './labels';

const VIS = ['not_started', 'drafting', 'submitted', 'declined'] as const;
type Vis = (typeof VIS)[number];
const PENDING = 'pending';
type Outcome = (typeof PROCEEDING_OUTCOMES)[number];

/** A proceeding in which the survivor is a victim-witness: charges, court dates, victim-impact statement, outcome. */
export function ProceedingPanel({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const p = matter.proceeding;
  const update = useUpdateProceeding();
  const add = useAddCourtDate();
  const change = useUpdateCourtDate();
  const remove = useRemoveCourtDate();
  const [message, setMessage] = useState<Message | null>(null);
  const messageText = useMessageText(message);
  const [f, setF] = useState({
    court: p?.court ?? '',
    docketNumber: p?.docketNumber ?? '',
    charges: p?.charges ?? '',
    victimImpactStatus: (p?.victimImpactStatus ?? 'not_started') as Vis,
    victimImpactOn: p?.victimImpactOn ?? '',
    victimImpactNotes: p?.victimImpactNotes ?? '',
    outcome: (p?.outcome ?? PENDING) as Outcome | typeof PENDING,
    outcomeOn: p?.outcomeOn ?? '',
    sentence: p?.sentence ?? '',
    restitution: p?.restitution ?? '',
  });
  const [cd, setCd] = useState({ date: '', time: '', purpose: '', location: '', accompany: true });
  const [cdProblem, setCdProblem] = useState<Record<string, string>>({});
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    if (update.isPending) return;
    update.mutate(
      {
        matterId: matter.id,
        version: matter.version,
        court: orNull(f.court),
        docketNumber: orNull(f.docketNumber),
        charges: orNull(f.charges),
        victimImpactStatus: f.victimImpactStatus,
        victimImpactOn: orNull(f.victimImpactOn),
        victimImpactNotes: orNull(f.victimImpactNotes),
        outcome: f.outcome === PENDING ? null : f.outcome,
        outcomeOn: orNull(f.outcomeOn),
        sentence: orNull(f.sentence),
        restitution: orNull(f.restitution),
      },
      { onSuccess: () => setMessage(msg('legalPage.proceeding.saved')) },
    );
  };

  const addDate = (e: React.FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    const problem: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(cd.date)) problem.date = t('fieldErrors.invalid');
    if (cd.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(cd.time)) problem.time = t('fieldErrors.invalid');
    setCdProblem(problem);
    if (Object.keys(problem).length) return;
    add.mutate(
      { matterId: matter.id, version: matter.version, date: cd.date, time: cd.time || null, purpose: orNull(cd.purpose), location: orNull(cd.location), accompany: cd.accompany },
      {
        onSuccess: () => {
          setCd({ date: '', time: '', purpose: '', location: '', accompany: true });
          setMessage(msg('legalPage.proceeding.courtDateAdded'));
        },
      },
    );
  };

  return (
    <section className="panel proceeding" aria-labelledby="proceeding-title" data-testid="proceeding-panel">
      <h2 id="proceeding-title">{t('legalPage.proceeding.title')}</h2>
      <StatusMessage testId="proceeding-status">{messageText}</StatusMessage>
      <h3>{t('legalPage.proceeding.courtDates')}</h3>
      {matter.courtDates.length === 0 ? <p className="muted small">{t('legalPage.proceeding.noCourtDates')}</p> : null}
      {matter.courtDates.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table table-compact" data-testid="court-date-table">
            <caption className="visually-hidden">{t('legalPage.proceeding.courtDates')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.col.date')}</th>
                <th scope="col">{t('legalPage.proceeding.purpose')}</th>
                <th scope="col">{t('legalPage.proceeding.location')}</th>
                <th scope="col">{t('legalPage.proceeding.accompany')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legalPage.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {matter.courtDates.map((c) => (
                <tr key={c.id} data-testid={`court-date-${c.id}`}>
                  <th scope="row" className="nowrap">
                    {day.day(c.date)}
                    {c.time ? <span className="muted"> · {c.time}</span> : null}
                  </th>
                  <td>{c.purpose ?? '—'}</td>
                  <td>{c.location ?? '—'}</td>
                  <td>
                    <Checkbox
                      className="checkbox"
                      isSelected={c.accompany}
                      onChange={(accompany) => !change.isPending && change.mutate({ matterId: matter.id, version: matter.version, courtDateId: c.id, accompany })}
                      data-testid={`court-date-accompany-${c.id}`}
                    >
                      <span className="checkbox-box" aria-hidden="true" />
                      <span>{c.accompany ? t('legalPage.proceeding.accompanyYes') : t('legalPage.proceeding.accompanyNo')}</span>
                    </Checkbox>
                  </td>
                  <td className="nowrap">
                    <Button
                      className="button button-small"
                      onPress={() => !remove.isPending && remove.mutate({ matterId: matter.id, version: matter.version, courtDateId: c.id }, { onSuccess: () => setMessage(msg('legalPage.proceeding.courtDateRemoved')) })}
                      data-testid={`court-date-remove-${c.id}`}
                    >
                      {t('legalPage.proceeding.remove')}
                      <span className="visually-hidden"> {t('legalPage.proceeding.removeDate', { date: day.day(c.date) })}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorMessage error={change.error ?? remove.error} />
      <Form className="form court-date-add" onSubmit={addDate} validationErrors={cdProblem} aria-label={t('legalPage.proceeding.addCourtDate')}>
        <div className="form-grid">
          <DateInput label={t('legalPage.proceeding.courtDate')} value={cd.date} onChange={(v) => setCd({ ...cd, date: v })} isRequired errorMessage={cdProblem.date} testId="court-date-new-date" />
          <TextInput label={t('legalPage.proceeding.time')} description={t('legalPage.proceeding.timeHelp')} value={cd.time} onChange={(v) => setCd({ ...cd, time: v })} maxLength={5} name="time" testId="court-date-new-time" />
          <TextInput label={t('legalPage.proceeding.purpose')} value={cd.purpose} onChange={(v) => setCd({ ...cd, purpose: v })} maxLength={160} testId="court-date-new-purpose" />
          <TextInput label={t('legalPage.proceeding.location')} value={cd.location} onChange={(v) => setCd({ ...cd, location: v })} maxLength={200} testId="court-date-new-location" />
        </div>
        <Checkbox className="checkbox" isSelected={cd.accompany} onChange={(v) => setCd({ ...cd, accompany: v })} data-testid="court-date-new-accompany">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('legalPage.proceeding.accompanyHelp')}</span>
        </Checkbox>
        <ErrorMessage error={add.error} />
        <div className="actions">
          <Button type="submit" className="button" data-busy={add.isPending || undefined} data-testid="court-date-add">
            {t('legalPage.proceeding.addCourtDate')}
          </Button>
        </div>
      </Form>

      <h3>{t('legalPage.proceeding.details')}</h3>
      <Form className="form" onSubmit={save} data-testid="proceeding-form">
        <div className="form-grid">
          <TextInput label={t('legalPage.proceeding.court')} value={f.court} onChange={(v) => setF({ ...f, court: v })} maxLength={160} testId="proceeding-court" />
          <TextInput label={t('legalPage.proceeding.docket')} value={f.docketNumber} onChange={(v) => setF({ ...f, docketNumber: v })} maxLength={60} testId="proceeding-docket" />
        </div>
        <TextAreaField label={t('legalPage.proceeding.charges')} value={f.charges} onChange={(v) => setF({ ...f, charges: v })} rows={2} maxLength={2000} testId="proceeding-charges" />
        <div className="form-grid">
          <SelectField label={t('legalPage.proceeding.victimImpact')} options={VIS.map((v) => ({ id: v, label: t(`legalPage.proceeding.vis_${v}`) }))} value={f.victimImpactStatus} onChange={(v) => setF({ ...f, victimImpactStatus: v as Vis })} testId="proceeding-vis" />
          <DateInput label={t('legalPage.proceeding.victimImpactOn')} value={f.victimImpactOn} onChange={(v) => setF({ ...f, victimImpactOn: v })} testId="proceeding-vis-on" />
        </div>
        <TextAreaField label={t('legalPage.proceeding.victimImpactNotes')} value={f.victimImpactNotes} onChange={(v) => setF({ ...f, victimImpactNotes: v })} rows={2} maxLength={2000} testId="proceeding-vis-notes" />
        <div className="form-grid">
          <SelectField
            label={t('legalPage.proceeding.outcome')}
            options={[{ id: PENDING, label: t('legalPage.outcome.pending') }, ...PROCEEDING_OUTCOMES.map((o) => ({ id: o, label: t(OUTCOME_LABEL[o]) }))]}
            value={f.outcome}
            onChange={(v) => setF({ ...f, outcome: v as Outcome | typeof PENDING })}
            testId="proceeding-outcome"
          />
          <DateInput label={t('legalPage.proceeding.outcomeOn')} value={f.outcomeOn} onChange={(v) => setF({ ...f, outcomeOn: v })} testId="proceeding-outcome-on" />
        </div>
        <div className="form-grid">
          <TextInput label={t('legalPage.proceeding.sentence')} value={f.sentence} onChange={(v) => setF({ ...f, sentence: v })} maxLength={1000} testId="proceeding-sentence" />
          <TextInput label={t('legalPage.proceeding.restitution')} value={f.restitution} onChange={(v) => setF({ ...f, restitution: v })} maxLength={500} testId="proceeding-restitution" />
        </div>
        <ErrorMessage error={update.error} />
        <div className="actions">
          <Button type="submit" className="button button-primary" data-busy={update.isPending || undefined} data-testid="proceeding-save">
            {t('legalPage.proceeding.save')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
