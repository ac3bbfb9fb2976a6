import { useTranslation } from 'react-i18next';
import type { CalendarItem } from './model';
import { STATUS_GLYPH, STATUS_LABEL } from './statusLabels';
import { useZonedFormat } from './useZonedFormat';

interface Props {
  item: CalendarItem;
  zone: string;
  style: React.CSSProperties;
  navId: string;
  col: number;
  top: number;
  bottom: number;
  tabIndex: number;
  /** It is being carried somewhere else: drawn faint in its old place. */
  moving: boolean;
  onFocus: () => void;
  onPointerDown: (e: React.PointerEvent<HTMLElement>) => void;
  onClick: () => void;
}

/**
 * One booking on the grid: time, case number(s), place and person, its status as a glyph and a word (and a
 * border pattern), never as colour alone. Its accessible name says all of it in one sentence.
 */
export function EventBlock({ item, zone, style, navId, col, top, bottom, tabIndex, moving, onFocus, onPointerDown, onClick }: Props) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const status = t(STATUS_LABEL[item.status]);
  const extras = [item.who, item.recurring ? t('schedule.recurringShort') : ''].filter(Boolean).join(', ');
  // The name is the visible text plus hidden words (end time, day, status, who): what a sighted reader
  // gathers from the block's place on the grid, a screen reader hears in the same order.
  const hidden = (text: string) => <span className="visually-hidden">{text}</span>;
  return (
    <button
      type="button"
      className={`cal-event status-${item.status}${moving ? ' cal-event-moving' : ''}${item.canEdit ? ' cal-event-movable' : ''}`}
      style={style}
      tabIndex={tabIndex}
      data-nav={navId}
      data-col={col}
      data-top={top}
      data-bottom={bottom}
      aria-keyshortcuts={item.canEdit ? 'Enter m Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight' : 'Enter'}
      onFocus={onFocus}
      onPointerDown={onPointerDown}
      onClick={onClick}
      data-testid={`cal-event-${item.key}`}
      data-status={item.status}
    >
      <span className="cal-event-time">
        <span className="cal-event-glyph" aria-hidden="true">
          {STATUS_GLYPH[item.status]}
        </span>{' '}
        {zf.time(item.startsAt)}
        {hidden(` – ${zf.time(item.endsAt)}, ${zf.longDay(item.startsAt)},`)}
        {item.recurring ? (
          <span className="cal-event-flag" aria-hidden="true">
            {' '}↻
          </span>
        ) : null}
      </span>
      <span className="cal-event-title">{item.title}</span>
      {item.status !== 'planned' ? <span className="cal-event-status">{status}</span> : hidden(`, ${status},`)}
      <span className="cal-event-where">{item.where}</span>
      {item.interpreter ? <span className="cal-event-where">{t('schedule.interpreterShort')}</span> : null}
      {extras ? hidden(`, ${extras}`) : null}
    </button>
  );
}
