import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/sessions/schemas';
import { CENTRE_TIME_ZONES, type CentreTimeZone } from '../../../../shared/sessions/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { useCalendarSettings, useRooms, useUpdateCalendarSettings } from '../../data/sessions';
import { localZone } from '../schedule/time';
import { RoomDialog } from './RoomDialog';
import { WorkingHoursPanel } from './WorkingHoursPanel';

/**
 * Admin > Rooms: the centre's time zone (every session time is read in it), its rooms with capacity and
 * features (added, edited, retired), and each staff member's working hours and time off.
 */
export function RoomsPage() {
  const { t } = useTranslation();
  const settings = useCalendarSettings();
  const update = useUpdateCalendarSettings();
  const rooms = useRooms(true);
  // The zone chosen here, until saved; otherwise the centre's.
  const [picked, setZone] = useState<CentreTimeZone | null>(null);
  const zone = picked ?? settings.data?.timeZone ?? null;
  const [editing, setEditing] = useState<Room | 'new' | null>(null);
  const [message, setMessage] = useState('');

  const features = (r: Room) =>
    (['accessible', 'childFriendly', 'forensicRecording'] as const)
      .filter((f) => r[f])
      .map((f) => t(`roomAdmin.${f}`))
      .join(', ') || '—';

  return (
    <div className="rooms-page">
      <h2 id="rooms-title" className="visually-hidden">
        {t('roomAdmin.tab')}
      </h2>
      <section className="panel" aria-labelledby="zone-title">
        <h3 id="zone-title">{t('roomAdmin.zoneTitle')}</h3>
        <p className="muted small">{t('roomAdmin.zoneIntro')}</p>
        <div className="zone-row">
          <SelectField label={t('roomAdmin.zone')} options={CENTRE_TIME_ZONES.map((z) => ({ id: z, label: z.replace(/_/g, ' ') }))} value={zone} onChange={(z) => setZone(z as CentreTimeZone)} testId="zone-select" />
          <Button
            className="button button-primary"
            isDisabled={!settings.data || zone === settings.data.timeZone}
            onPress={() => settings.data && zone && update.mutate({ version: settings.data.version, timeZone: zone }, { onSuccess: () => setMessage(t('roomAdmin.zoneSaved', { zone })) })}
            data-testid="zone-save"
          >
            {t('common.save')}
          </Button>
        </div>
        <ErrorMessage error={settings.error ?? update.error} />
      </section>
      <section className="section" aria-labelledby="room-list-title">
        <div className="section-head">
          <h3 id="room-list-title">{t('roomAdmin.listTitle')}</h3>
          <Button className="button button-primary" onPress={() => setEditing('new')} data-testid="room-add">
            {t('roomAdmin.add')}
          </Button>
        </div>
        <StatusMessage testId="rooms-status">{message}</StatusMessage>
        <ErrorMessage error={rooms.error} />
        {rooms.data && rooms.data.length === 0 ? <p className="muted">{t('roomAdmin.none')}</p> : null}
        {rooms.data?.length ? (
          <div className="table-wrap">
            <table className="table" data-testid="room-table">
              <caption className="visually-hidden">{t('roomAdmin.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('roomAdmin.name')}</th>
                  <th scope="col">{t('roomAdmin.capacity')}</th>
                  <th scope="col">{t('roomAdmin.features')}</th>
                  <th scope="col">{t('roomAdmin.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('staffPage.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rooms.data.map((r) => (
                  <tr key={r.id} className={r.active ? undefined : 'row-inactive'} data-testid={`room-row-${r.id}`}>
                    <th scope="row">{r.name}</th>
                    <td>{r.capacity}</td>
                    <td>{features(r)}</td>
                    <td>{r.active ? t('roomAdmin.active') : t('roomAdmin.retired')}</td>
                    <td>
                      <Button className="button button-small" onPress={() => setEditing(r)} aria-label={t('roomAdmin.edit', { name: r.name })} data-testid={`room-edit-${r.id}`}>
                        {t('staffPage.edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <WorkingHoursPanel zone={settings.data?.timeZone ?? localZone()} />
      {editing ? (
        <RoomDialog
          room={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setMessage(t('roomAdmin.saved', { name: saved.name }));
          }}
        />
      ) : null}
    </div>
  );
}
