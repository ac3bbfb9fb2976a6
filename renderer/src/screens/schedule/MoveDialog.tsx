import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/sessions/schemas';
import { ModalDialog } from '../../components/ModalDialog';
import { useLiveCheck } from '../../data/sessions';
import { CheckPanel } from './CheckPanel';
import { useDebounced } from './useDebounced';
import type { CalendarItem } from './model';
import type { MoveRequest } from './useMoveFlow';
import { whenWhereProblems, WhenWhereFields, type WhenWhere } from './WhenWhereFields';

interface Props {
  item: CalendarItem;
  rooms: readonly Room[];
  zone: string;
  zoneNote: string;
  roomName: (id: number | null) => string;
  caseNumber: (id: number | null) => string;
  onSubmit: (r: MoveRequest) => void;
  onClose: () => void;
}

/**
 * "Move to…": the keyboard's way to move a booking (the "m" key on the calendar, or the session's Move
 * button), with the same live check as a drag. A recurring booking then asks how far the move reaches.
 */
export function MoveDialog({ item, rooms, zone, zoneNote, roomName, caseNumber, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const o = item.occurrence!;
  const [value, setValue] = useState<WhenWhere>({ date: o.date, startTime: o.startTime, endTime: o.endTime, location: o.location, roomId: o.roomId });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = Object.keys(whenWhereProblems(value, t)).length ? null : { sessionId: o.sessionId, occurrenceId: o.id, ...value };
  const settled = useDebounced(input, 250);
  const live = useLiveCheck('checkMove', settled);
  const check = JSON.stringify(settled) === JSON.stringify(input) ? (live.data ?? null) : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problems = whenWhereProblems(value, t);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    onSubmit({ item, to: value });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('schedule.moveTitle', { title: item.title })} testId="move-session-dialog" wide>
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <WhenWhereFields value={value} onChange={setValue} rooms={rooms} errors={errors} zoneNote={zoneNote} testId="move-session" />
        <CheckPanel check={check} checking={!check} zone={zone} roomName={roomName} caseNumber={caseNumber} mode="live" testId="move-check" onTake={(s) => setValue({ ...value, date: s.date, startTime: s.startTime, endTime: s.endTime })} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-testid="move-session-save">
            {t('schedule.move')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
