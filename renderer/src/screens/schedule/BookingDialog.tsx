import { addWeeks, format, parseISO } from 'date-fns';
import { useMemo, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { Room, SessionDetail, Slot } from '../../../../shared/sessions/schemas';
import { ORGANISER_CASE_ROLES, type SessionKind } from '../../../../shared/sessions/vocab';
import type { Session } from '../../../../shared/schemas';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextInput } from '../../components/TextInput';
import { useCaseList } from '../../data/cases';
import { useCreateSession, useLiveCheck } from '../../data/sessions';
import { CheckPanel } from './CheckPanel';
import { useDebounced } from './useDebounced';
import { whenWhereProblems, WhenWhereFields, type WhenWhere } from './WhenWhereFields';

/** The kinds of booking this person may make: by the staff roles they hold. */
export function bookableKinds(session: Session): SessionKind[] {
  const out: SessionKind[] = [];
  if (session.roles.includes('mentor')) out.push('mentoring');
  if (session.roles.includes('caseworker')) out.push('casework');
  if (session.roles.includes('legal_aide')) out.push('legal');
  return out;
}

type Repeat = 'none' | '1' | '2';

interface Props {
  session: Session;
  start: WhenWhere;
  /** Booking from a case page: that case is ticked. */
  caseId?: number;
  rooms: readonly Room[];
  zone: string;
  zoneNote: string;
  roomName: (id: number | null) => string;
  onClose: (booked?: SessionDetail) => void;
}

/**
 * Book a session or appointment: with whom (cases this person is on in the role the kind needs), when and
 * where, weekly or every two weeks until a date with dates left out, interpreter. The core is asked as the
 * fields change (sessions.check), so a clash shows before anyone presses Book; a CONFLICT on Book shows the
 * same clashes and the suggested free slots, one click books one.
 */
export function BookingDialog({ session, start, caseId, rooms, zone, zoneNote, roomName, onClose }: Props) {
  const { t } = useTranslation();
  const kinds = bookableKinds(session);
  const [kind, setKind] = useState<SessionKind>(kinds[0] ?? 'mentoring');
  const cases = useCaseList({ assigneeId: session.staffId, sort: 'caseNumber', dir: 'asc' });
  const bookable = useMemo(
    () => (cases.data?.rows ?? []).filter((r) => r.assignees.some((a) => a.staffId === session.staffId && (ORGANISER_CASE_ROLES[kind] as readonly string[]).includes(a.caseRole))),
    [cases.data, kind, session.staffId],
  );
  const [picked, setPicked] = useState<string[]>(caseId ? [String(caseId)] : []);
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState<WhenWhere>(start);
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [until, setUntil] = useState(() => format(addWeeks(parseISO(start.date), 8), 'yyyy-MM-dd'));
  const [except, setExcept] = useState<string[]>([]);
  const [exceptDraft, setExceptDraft] = useState('');
  const [interpreter, setInterpreter] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateSession();

  const chosen = picked.filter((id) => bookable.some((r) => String(r.id) === id)).map(Number);
  const input = (w: WhenWhere): InputOf<'sessions.create'> | null => {
    if (!chosen.length || Object.keys(whenWhereProblems(w, t)).length) return null;
    if (repeat !== 'none' && !/^\d{4}-\d{2}-\d{2}$/.test(until)) return null;
    return {
      caseId: chosen[0]!,
      groupCaseIds: chosen.slice(1),
      kind,
      title: title.trim(),
      interpreter,
      ...w,
      recurrence: repeat === 'none' ? null : { every: repeat === '2' ? 2 : 1, until, except },
    };
  };
  const current = input(when);
  // Asked once the fields have rested for a moment; the answer shown is always for what is on screen.
  const settled = useDebounced(current, 300);
  const live = useLiveCheck('check', settled);
  const upToDate = JSON.stringify(settled) === JSON.stringify(current);
  const check = upToDate ? (live.data ?? null) : null;

  const book = (w: WhenWhere) => {
    const problems: Record<string, string> = { ...whenWhereProblems(w, t) };
    if (!chosen.length) problems.cases = t('schedule.chooseMentee');
    if (repeat !== 'none' && (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < w.date)) problems.until = t('schedule.untilAfterStart');
    setErrors(problems);
    const i = input(w);
    if (Object.keys(problems).length || !i || create.isPending) return;
    create.mutate(i, { onSuccess: (d) => onClose(d) });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    book(when);
  };
  const take = (s: Slot) => {
    const next = { ...when, date: s.date, startTime: s.startTime, endTime: s.endTime };
    setWhen(next);
    create.reset();
    book(next);
  };
  const refused = create.error?.code === 'CONFLICT' && create.error.schedule ? create.error.schedule : null;
  const caseNumber = (id: number | null) => bookable.find((r) => r.id === id)?.caseNumber ?? '';

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('schedule.bookTitle')} testId="booking-dialog" wide>
      <Form onSubmit={submit} className="form booking-form" validationErrors={errors}>
        {kinds.length > 1 ? (
          <SelectField label={t('schedule.kindLabel')} options={kinds.map((k) => ({ id: k, label: t(`schedule.kind.${k}`) }))} value={kind} onChange={(k) => setKind(k as SessionKind)} testId="booking-kind" />
        ) : null}
        <CheckboxGroup className="field checkbox-group booking-cases" value={picked} onChange={setPicked} isInvalid={errors.cases ? true : undefined}>
          <Label className="field-label">{t(kind === 'mentoring' ? 'schedule.mentees' : 'schedule.clients')}</Label>
          <Text slot="description" className="field-description">
            {t('schedule.menteesHelp')}
          </Text>
          {cases.isPending ? <p className="muted small">{t('common.loading')}</p> : null}
          {cases.data && bookable.length === 0 ? <p className="muted small">{t('schedule.noBookable')}</p> : null}
          <div className="booking-case-list">
            {bookable.map((r) => (
              <Checkbox key={r.id} value={String(r.id)} className="checkbox" data-testid={`booking-case-${r.id}`}>
                <span className="checkbox-box" aria-hidden="true" />
                <span>
                  <span className="case-number">{r.caseNumber}</span> {r.name ?? ''}
                </span>
              </Checkbox>
            ))}
          </div>
          {errors.cases ? <p className="field-error">{errors.cases}</p> : null}
        </CheckboxGroup>
        {chosen.length > 1 ? <p className="muted small">{t('schedule.groupNote')}</p> : null}
        <TextInput label={t('schedule.titleLabel')} description={t('schedule.titleHelp')} value={title} onChange={setTitle} maxLength={80} testId="booking-title" />
        <WhenWhereFields value={when} onChange={setWhen} rooms={rooms} errors={errors} zoneNote={zoneNote} testId="booking" />
        <RadioGroup className="field" orientation="horizontal" value={repeat} onChange={(v) => setRepeat(v as Repeat)}>
          <Label className="field-label">{t('schedule.repeat')}</Label>
          <div className="radio-row">
            {(['none', '1', '2'] as const).map((r) => (
              <Radio key={r} value={r} className="radio" data-testid={`booking-repeat-${r}`}>
                {t(`schedule.repeatOption.${r === 'none' ? 'none' : r === '1' ? 'weekly' : 'fortnightly'}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {repeat !== 'none' ? (
          <div className="booking-repeat">
            <DateInput label={t('schedule.until')} value={until} onChange={setUntil} isRequired errorMessage={errors.until} testId="booking-until" />
            <div className="field">
              <div className="except-add">
                <DateInput label={t('schedule.except')} description={t('schedule.exceptHelp')} value={exceptDraft} onChange={setExceptDraft} testId="booking-except" />
                <Button
                  className="button button-small"
                  isDisabled={!/^\d{4}-\d{2}-\d{2}$/.test(exceptDraft) || except.includes(exceptDraft)}
                  onPress={() => {
                    setExcept([...except, exceptDraft].sort());
                    setExceptDraft('');
                  }}
                  data-testid="booking-except-add"
                >
                  {t('schedule.exceptAdd')}
                </Button>
              </div>
              {except.length ? (
                <ul className="chip-list" aria-label={t('schedule.except')}>
                  {except.map((d) => (
                    <li key={d} className="chip">
                      {d}
                      <Button className="button-link chip-remove" aria-label={t('schedule.exceptRemove', { date: d })} onPress={() => setExcept(except.filter((x) => x !== d))}>
                        ✕
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
        <Checkbox className="checkbox" isSelected={interpreter} onChange={setInterpreter} data-testid="booking-interpreter">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('schedule.interpreter')}</span>
        </Checkbox>
        {refused ? (
          <CheckPanel check={refused} checking={false} zone={zone} roomName={roomName} caseNumber={caseNumber} onTake={take} mode="refused" testId="booking-conflict" />
        ) : current ? (
          <CheckPanel check={check} checking={!check} zone={zone} roomName={roomName} caseNumber={caseNumber} onTake={take} mode="live" testId="booking-check" />
        ) : null}
        {create.error && create.error.code !== 'CONFLICT' ? <ErrorMessage error={create.error} /> : null}
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={create.isPending || undefined} data-testid="booking-save">
            {t('schedule.book')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
