import { useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/sessions/schemas';
import { ROOM_FEATURES, type RoomFeature } from '../../../../shared/sessions/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { NumberInput } from '../../components/NumberInput';
import { TextInput } from '../../components/TextInput';
import { useSaveRoom } from '../../data/sessions';

/** Add a room or edit one: name, capacity, features; a room no longer used is retired, never deleted. */
export function RoomDialog({ room, onClose }: { room: Room | null; onClose: (saved?: Room) => void }) {
  const { t } = useTranslation();
  const save = useSaveRoom();
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState(room?.capacity ?? 2);
  const [features, setFeatures] = useState<Record<RoomFeature, boolean>>({
    childFriendly: room?.childFriendly ?? false,
    forensicRecording: room?.forensicRecording ?? false,
    accessible: room?.accessible ?? false,
  });
  const [active, setActive] = useState(room?.active ?? true);
  const [problem, setProblem] = useState<Record<string, string>>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = t('fieldErrors.required');
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 200) next.capacity = t('roomAdmin.capacityRange');
    setProblem(next);
    if (Object.keys(next).length || save.isPending) return;
    save.mutate({ ...(room ? { id: room.id, version: room.version } : {}), name: name.trim(), capacity, ...features, active }, { onSuccess: (r) => onClose(r) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={room ? t('roomAdmin.edit', { name: room.name }) : t('roomAdmin.add')} testId="room-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <TextInput label={t('roomAdmin.name')} name="name" value={name} onChange={setName} isRequired maxLength={80} testId="room-name" />
        <NumberInput label={t('roomAdmin.capacity')} name="capacity" value={capacity} onChange={setCapacity} minValue={1} maxValue={200} isRequired testId="room-capacity" />
        <fieldset className="field">
          <legend className="field-label">{t('roomAdmin.features')}</legend>
          {ROOM_FEATURES.map((f) => (
            <Checkbox key={f} className="checkbox" isSelected={features[f]} onChange={(v) => setFeatures({ ...features, [f]: v })} data-testid={`room-${f}`}>
              <span className="checkbox-box" aria-hidden="true" />
              <span>{t(`roomAdmin.${f}`)}</span>
            </Checkbox>
          ))}
        </fieldset>
        {room ? (
          <Checkbox className="checkbox" isSelected={active} onChange={setActive} data-testid="room-active">
            <span className="checkbox-box" aria-hidden="true" />
            <span>
              {t('roomAdmin.inUse')} <span className="muted small">— {t('roomAdmin.inUseHelp')}</span>
            </span>
          </Checkbox>
        ) : null}
        <ErrorMessage error={save.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={save.isPending || undefined} data-testid="room-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
