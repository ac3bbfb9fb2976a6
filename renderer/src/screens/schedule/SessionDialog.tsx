import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../shared/sessions/schemas';
import { SESSION_NOTE_TYPE, SESSION_STATUSES, type SessionStatus } from '../../../../shared/sessions/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { TextAreaField } from '../../components/TextAreaField';
import { useNow } from '../../components/useNow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fetchSession, useCancelSeries, useSetOccurrenceStatus, useWriteSessionNote } from '../../data/sessions';
import { whereOf, titleOf } from './items';
import { STATUS_GLYPH, STATUS_LABEL } from './statusLabels';
import { useZonedFormat } from './useZonedFormat';

interface Props {
  occurrence: Occurrence;
  zone: string;
  onClose: () => void;
  /** Opens "Move to…"; absent where moving is not offered (the case page). */
  onMove?: () => void;
  /** Opens a mentee's case (its sessions tab). */
  onOpenCase?: (caseId: number) => void;
}

/**
 * One occurrence: when (in the centre's zone) and where, who organises it, its mentees (only those the
 * reader may see), its status, and the note written after it, one per mentee, on that mentee's case.
 */
export function SessionDialog({ occurrence, zone, onClose, onMove, onOpenCase }: Props) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const now = useNow();
  const [o, setO] = useState(occurrence);
  const [status, setStatus] = useState<SessionStatus>(occurrence.status);
  const [writing, setWriting] = useState<number | null>(null);
  const [body, setBody] = useState('');
  const [message, setMessage] = useState('');
  const setStatusM = useSetOccurrenceStatus();
  const note = useWriteSessionNote();
  const cancelSeries = useCancelSeries();
  const [confirmCancel, setConfirmCancel] = useState(false);
  // The rest of a series: every planned occurrence from this one's date on (held ones keep their record).
  const cancelRest = () => {
    void fetchSession(o.sessionId).then(
      (d) =>
        cancelSeries.mutate({ sessionId: o.sessionId, version: d.version, from: o.date }, {
          onSuccess: () => {
            setConfirmCancel(false);
            setO({ ...o, status: 'cancelled' });
            setStatus('cancelled');
            setMessage(t('schedule.seriesCancelled'));
          },
        }),
      () => setConfirmCancel(false),
    );
  };
  const noteType = SESSION_NOTE_TYPE[o.kind];

  const saveStatus = () => {
    setMessage('');
    setStatusM.mutate({ sessionId: o.sessionId, occurrenceId: o.id, version: o.version, status }, {
      onSuccess: (next) => {
        setO(next);
        setMessage(t('schedule.statusSaved', { status: t(STATUS_LABEL[next.status]) }));
      },
    });
  };
  const saveNote = (e: React.FormEvent) => {
    e.preventDefault();
    if (writing === null || !body.trim() || note.isPending) return;
    note.mutate({ sessionId: o.sessionId, occurrenceId: o.id, caseId: writing, body }, {
      onSuccess: (next) => {
        setO(next);
        setStatus(next.status);
        setWriting(null);
        setBody('');
        setMessage(t('schedule.noteSaved'));
      },
    });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={titleOf(o, t)} testId="session-dialog" wide>
      <dl className="facts">
        <dt>{t('schedule.when')}</dt>
        <dd data-testid="session-when">
          {zf.longDay(o.startsAt)}, {zf.range(o.startsAt, o.endsAt)} <span className="muted small">({zf.zoneName(new Date(o.startsAt))})</span>
          {o.recurring ? <span className="badge">↻ {t('schedule.recurring')}</span> : null}
          {o.moved ? <span className="badge">{t('schedule.moved')}</span> : null}
        </dd>
        <dt>{t('schedule.where.label')}</dt>
        <dd>{whereOf(o, t)}</dd>
        <dt>{t('schedule.organiser')}</dt>
        <dd>{o.organiserName}</dd>
        <dt>{t('schedule.kindLabel')}</dt>
        <dd>{t(`schedule.kind.${o.kind}`)}</dd>
        {o.interpreter ? (
          <>
            <dt>{t('schedule.interpreterShort')}</dt>
            <dd>{t('schedule.interpreterNeeded')}</dd>
          </>
        ) : null}
        <dt>{t('schedule.statusLabel')}</dt>
        <dd>
          <span className={`status-tag status-${o.status}`} data-testid="session-status">
            <span aria-hidden="true">{STATUS_GLYPH[o.status]} </span>
            {t(STATUS_LABEL[o.status])}
          </span>
        </dd>
      </dl>
      <p role="status" className="small" data-testid="session-message">
        {message}
      </p>
      <section aria-labelledby="session-cases-title" className="session-cases">
        <h3 id="session-cases-title">{t(o.kind === 'mentoring' ? 'schedule.mentees' : 'schedule.clients')}</h3>
        {o.cases.length === 0 ? <p className="muted small">{t('schedule.noVisibleCases')}</p> : null}
        <ul className="plain-list">
          {o.cases.map((c) => (
            <li key={c.caseId} className="session-case" data-testid={`session-case-${c.caseId}`}>
              <span className="case-number">{c.caseNumber}</span> {c.name ?? ''}
              {c.noteId ? (
                <span className="badge badge-state badge-active" data-testid={`session-note-done-${c.caseId}`}>
                  ✓ {t('schedule.noteWritten')}
                </span>
              ) : o.mine && o.status !== 'cancelled' && new Date(o.startsAt).getTime() <= now ? (
                // A note follows a session: offered once it has started (the core refuses it before).
                <Button className="button button-small" onPress={() => setWriting(c.caseId)} data-testid={`session-write-note-${c.caseId}`}>
                  {t('schedule.writeNote')}
                </Button>
              ) : null}
              {onOpenCase ? (
                <Button className="button-link" onPress={() => onOpenCase(c.caseId)} data-testid={`session-open-case-${c.caseId}`}>
                  {t('schedule.openCase')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        {o.cases.length > 1 ? <p className="muted small">{t('schedule.groupPrivacy')}</p> : null}
      </section>
      {writing !== null ? (
        <Form onSubmit={saveNote} className="form">
          <TextAreaField
            label={t('schedule.noteFor', { caseNumber: o.cases.find((c) => c.caseId === writing)?.caseNumber ?? '' })}
            description={t(`schedule.noteType.${noteType}`)}
            value={body}
            onChange={setBody}
            isRequired
            testId="session-note-body"
          />
          <ErrorMessage error={note.error} />
          <div className="actions">
            <Button className="button" onPress={() => setWriting(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" data-busy={note.isPending || undefined} data-testid="session-note-save">
              {t('schedule.saveNote')}
            </Button>
          </div>
        </Form>
      ) : null}
      {o.mine ? (
        <div className="session-status-row">
          <RadioGroup className="field" orientation="horizontal" value={status} onChange={(v) => setStatus(v as SessionStatus)}>
            <Label className="field-label">{t('schedule.setStatus')}</Label>
            <div className="radio-row">
              {SESSION_STATUSES.map((s) => (
                <Radio key={s} value={s} className="radio" data-testid={`session-status-${s}`}>
                  <span aria-hidden="true">{STATUS_GLYPH[s]}</span> {t(STATUS_LABEL[s])}
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <Button className="button button-small" isDisabled={status === o.status} onPress={saveStatus} data-busy={setStatusM.isPending || undefined} data-testid="session-status-save">
            {t('schedule.saveStatus')}
          </Button>
        </div>
      ) : null}
      <ErrorMessage error={setStatusM.error} />
      <ErrorMessage error={cancelSeries.error} />
      <div className="actions">
        {o.mine && o.recurring && o.status === 'planned' ? (
          <Button className="button" onPress={() => setConfirmCancel(true)} data-testid="session-cancel-series">
            {t('schedule.cancelRest')}
          </Button>
        ) : null}
        {onMove && o.mine && o.status === 'planned' ? (
          <Button className="button" onPress={onMove} data-testid="session-move">
            {t('schedule.moveEllipsis')}
          </Button>
        ) : null}
        <Button className="button button-primary" slot="close" data-testid="session-close">
          {t('common.close')}
        </Button>
      </div>
      {confirmCancel ? (
        <ConfirmDialog title={t('schedule.cancelRestTitle')} confirmLabel={t('schedule.cancelRestConfirm')} busy={cancelSeries.isPending} onConfirm={cancelRest} onCancel={() => setConfirmCancel(false)} testId="cancel-series">
          <p>{t('schedule.cancelRestBody', { date: zf.longDay(o.startsAt) })}</p>
        </ConfirmDialog>
      ) : null}
    </ModalDialog>
  );
}
