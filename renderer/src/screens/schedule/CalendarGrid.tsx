import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeInLanes, visibleHours } from './layout';
import type { CalendarItem, Column, SlotTarget } from './model';
import { EventBlock } from './EventBlock';
import { atMinutes, lengthMinutes, SLOT_MINUTES, snap, wallMinutes } from './time';
import { useZonedFormat } from './useZonedFormat';

/** Height of one hour on the grid, in pixels. */
export const HOUR_PX = 44;
const PX_PER_MIN = HOUR_PX / 60;

/** A move being shown before it is made: by the pointer (a drag) or the keyboard (Alt+arrows). */
export interface PendingMove {
  item: CalendarItem;
  target: SlotTarget;
  via: 'pointer' | 'keyboard';
}

/** What the core said about a pending move, shown on the ghost block (the detail is in the page's panel). */
export type MoveFeedback = { state: 'checking' } | { state: 'free' } | { state: 'clash'; count: number } | null;

interface Props {
  columns: readonly Column[];
  items: readonly CalendarItem[];
  zone: string;
  now: number;
  /** Names the grid for assistive technology ("Week of 2 March"). */
  label: string;
  testId: string;
  onOpen: (item: CalendarItem) => void;
  onBook: (target: SlotTarget) => void;
  /** Opens the "Move to…" dialog for an item (the "m" key). */
  onMoveDialog: (item: CalendarItem) => void;
  /** A move is shown (or withdrawn, with null): the page asks the core whether it would clash. */
  onPreview: (pending: PendingMove | null) => void;
  /** The move is let go on a new place. */
  onDrop: (pending: PendingMove) => void;
  feedback: MoveFeedback;
}

type NavId = `slot:${number}:${number}` | `item:${number}:${string}`;

/**
 * The week, day and room calendars: one column per day (or per room), hours down the side, each booking a
 * block placed by its wall-clock time in the centre's zone. A clean grid of our own on date-fns.
 *
 * Keyboard: the grid is one Tab stop. Arrow keys move between half-hour slots (a slot under a booking
 * focuses the booking), Left/Right between columns, Home/End to the first/last hour. Enter on a slot books
 * there; Enter on a booking opens it; "m" opens "Move to…"; Alt+arrows carry the booking (Up/Down by half
 * an hour, Left/Right by a column) with the same live conflict check as a drag, Enter to move it there,
 * Escape to leave it. The agenda view shows the same items as a plain list.
 */
export function CalendarGrid({ columns, items, zone, now, label, testId, onOpen, onBook, onMoveDialog, onPreview, onDrop, feedback }: Props) {
  const { t } = useTranslation();
  const zf = useZonedFormat(zone);
  const gridRef = useRef<HTMLDivElement>(null);
  const colRefs = useRef<Array<HTMLDivElement | null>>([]);
  const [active, setActive] = useState<NavId | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const drag = useRef<{ item: CalendarItem; startX: number; startY: number; grabMin: number; moved: boolean; pointerId: number } | null>(null);
  const suppressClick = useRef(false);

  const placed = useMemo(
    () =>
      columns.map((col) =>
        placeInLanes(
          items.filter((i) => col.has(i)),
          (i) => ({ top: wallMinutes(col.day, i.startsAt, zone), bottom: wallMinutes(col.day, i.endsAt, zone) }),
        ),
      ),
    [columns, items, zone],
  );
  const { first, last } = useMemo(() => visibleHours(placed.flat()), [placed]);
  const slots = useMemo(() => {
    const out: number[] = [];
    for (let m = first * 60; m < last * 60; m += SLOT_MINUTES) out.push(m);
    return out;
  }, [first, last]);
  const hours = useMemo(() => Array.from({ length: last - first }, (_, i) => first + i), [first, last]);
  const y = (minutes: number) => (minutes - first * 60) * PX_PER_MIN;

  // Where the Tab stop starts: the first booking of today (or of the first column), else 09:00 today.
  const defaultNav = useMemo<NavId>(() => {
    const todayCol = Math.max(0, columns.findIndex((c) => c.isToday));
    const firstItem = placed[todayCol]?.[0];
    if (firstItem) return `item:${todayCol}:${firstItem.item.key}`;
    const nine = Math.min(Math.max(9 * 60, first * 60), last * 60 - SLOT_MINUTES);
    return `slot:${todayCol}:${nine}`;
  }, [columns, placed, first, last]);
  // The remembered Tab stop, while it is still on the grid (the week changed, the booking moved: back to the default).
  const exists = (id: NavId | null): id is NavId => {
    if (id === null) return false;
    const [kind, col, rest] = id.split(':') as [string, string, string];
    const c = Number(col);
    if (c >= columns.length) return false;
    return kind === 'slot' ? slots.includes(Number(rest)) : (placed[c] ?? []).some((p) => p.item.key === id.slice(`item:${col}:`.length));
  };
  const tabStop: NavId = exists(active) ? active : defaultNav;

  const focusNav = (id: NavId) => {
    setActive(id);
    // After React has given the new element tabIndex 0.
    requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>(`[data-nav="${CSS.escape(id)}"]`)?.focus());
  };

  /** The slot at `minutes` in a column, or the booking covering it (a booking hides the slots under it). */
  const navAt = (col: number, minutes: number): NavId => {
    const m = Math.min(Math.max(minutes, first * 60), last * 60 - SLOT_MINUTES);
    const over = placed[col]?.find((p) => p.top <= m && m < p.bottom);
    return over ? `item:${col}:${over.item.key}` : `slot:${col}:${m - (m % SLOT_MINUTES)}`;
  };

  /** Up/Down from a booking: first through the bookings overlapping it (side by side), then off its edge. */
  const stepFromItem = (col: number, key: string, dir: 1 | -1): NavId | null => {
    const list = placed[col] ?? [];
    const i = list.findIndex((p) => p.item.key === key);
    const here = list[i]!;
    const neighbour = list[i + dir];
    if (neighbour && neighbour.top < here.bottom && here.top < neighbour.bottom) return `item:${col}:${neighbour.item.key}`;
    if (dir === -1) return here.top - SLOT_MINUTES < first * 60 ? null : navAt(col, here.top - SLOT_MINUTES);
    const below = Math.ceil(here.bottom / SLOT_MINUTES) * SLOT_MINUTES;
    return below >= last * 60 ? null : navAt(col, below);
  };

  // The ref is what the window's pointer listeners read; the state is what draws the ghost.
  const pendingRef = useRef<PendingMove | null>(null);
  const showPending = (next: PendingMove | null) => {
    pendingRef.current = next;
    setPending(next);
    onPreview(next);
  };

  /** The target `stepMin` minutes or `stepCol` columns away from where the item is (or is being carried). */
  const nudge = (item: CalendarItem, col: number, stepMin: number, stepCol: number): SlotTarget | null => {
    const from = pending && pending.item.key === item.key ? pending.target : { column: columns[col]!, minutes: wallMinutes(columns[col]!.day, item.startsAt, zone) };
    const fromIdx = columns.findIndex((c) => c.id === from.column.id);
    const nextCol = columns[fromIdx + stepCol];
    if (!nextCol) return null;
    const minutes = from.minutes + stepMin;
    if (minutes < 0 || minutes + lengthMinutes(item) > 24 * 60) return null;
    return { column: nextCol, minutes };
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-nav]');
    if (!el) return;
    const nav = el.dataset.nav as NavId;
    const col = Number(el.dataset.col);
    const isItem = nav.startsWith('item:');
    const item = isItem ? placed[col]?.find((p) => `item:${col}:${p.item.key}` === nav) : undefined;
    const top = Number(el.dataset.top);

    if (item && pending && pending.via === 'keyboard' && pending.item.key === item.item.key) {
      if (e.key === 'Escape' || (e.key === 'Tab' && !e.altKey)) {
        if (e.key === 'Escape') e.preventDefault();
        showPending(null);
        return;
      }
      if (e.key === 'Enter') {
        e.preventDefault();
        pendingRef.current = null;
        setPending(null);
        onDrop(pending);
        return;
      }
    }
    if (item && e.altKey && ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) {
      e.preventDefault();
      if (!item.item.canEdit) return;
      const step = { ArrowUp: [-SLOT_MINUTES, 0], ArrowDown: [SLOT_MINUTES, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key as 'ArrowUp']!;
      const target = nudge(item.item, col, step[0]!, step[1]!);
      if (target) showPending({ item: item.item, target, via: 'keyboard' });
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let next: NavId | null = null;
    switch (e.key) {
      case 'ArrowUp':
        next = item ? stepFromItem(col, item.item.key, -1) : top - SLOT_MINUTES < first * 60 ? null : navAt(col, top - SLOT_MINUTES);
        break;
      case 'ArrowDown':
        next = item ? stepFromItem(col, item.item.key, 1) : top + SLOT_MINUTES >= last * 60 ? null : navAt(col, top + SLOT_MINUTES);
        break;
      case 'ArrowLeft':
        next = col > 0 ? navAt(col - 1, top) : null;
        break;
      case 'ArrowRight':
        next = col < columns.length - 1 ? navAt(col + 1, top) : null;
        break;
      case 'Home':
        next = navAt(col, first * 60);
        break;
      case 'End':
        next = navAt(col, last * 60 - SLOT_MINUTES);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (item) onOpen(item.item);
        else onBook({ column: columns[col]!, minutes: top });
        return;
      case 'm':
        if (item?.item.canEdit) {
          e.preventDefault();
          onMoveDialog(item.item);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) focusNav(next);
  };

  // Pointer drag: a press that travels more than a few pixels becomes a move; a press that does not is a click.
  const columnAt = (x: number) => colRefs.current.findIndex((c) => {
    if (!c) return false;
    const r = c.getBoundingClientRect();
    return x >= r.left && x < r.right;
  });
  const minutesAt = (colIdx: number, clientY: number) => {
    const r = colRefs.current[colIdx]!.getBoundingClientRect();
    return first * 60 + (clientY - r.top) / PX_PER_MIN;
  };
  const onPointerDown = (item: CalendarItem, colIdx: number) => (e: React.PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || !item.canEdit) return;
    const grabMin = minutesAt(colIdx, e.clientY) - wallMinutes(columns[colIdx]!.day, item.startsAt, zone);
    drag.current = { item, startX: e.clientX, startY: e.clientY, grabMin, moved: false, pointerId: e.pointerId };
  };
  useEffect(() => {
    const move = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < 5) return;
      d.moved = true;
      const colIdx = columnAt(e.clientX);
      if (colIdx < 0) return;
      const len = lengthMinutes(d.item);
      const minutes = Math.min(Math.max(snap(minutesAt(colIdx, e.clientY) - d.grabMin), 0), 24 * 60 - len);
      const p = pendingRef.current;
      if (p && p.target.column.id === columns[colIdx]!.id && p.target.minutes === minutes) return;
      showPending({ item: d.item, target: { column: columns[colIdx]!, minutes }, via: 'pointer' });
    };
    const up = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      drag.current = null;
      if (!d.moved) return;
      suppressClick.current = true;
      const p = pendingRef.current;
      pendingRef.current = null;
      setPending(null);
      if (p) onDrop(p);
    };
    const cancel = () => {
      if (drag.current?.moved) showPending(null);
      drag.current = null;
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  });

  const ghostIn = (col: Column) => (pending && pending.target.column.id === col.id ? pending : null);
  const movingKey = pending?.item.key;

  return (
    <div className="cal" style={{ '--cal-cols': columns.length } as React.CSSProperties} data-testid={testId}>
      <div className="cal-head" aria-hidden="true">
        <div className="cal-corner">{zf.zoneName()}</div>
        {columns.map((c) => (
          <div key={c.id} className={c.marked ? 'cal-col-head cal-today' : 'cal-col-head'} data-testid={`${testId}-head-${c.id}`}>
            <span className="cal-col-label">{c.label}</span>
            {c.sublabel ? <span className="cal-col-sub">{c.sublabel}</span> : null}
            {c.marked ? <span className="cal-today-tag">{t('schedule.today')}</span> : null}
          </div>
        ))}
      </div>
      <div
        ref={gridRef}
        className="cal-body"
        role="group"
        aria-label={label}
        aria-describedby={`${testId}-help`}
        onKeyDown={onKeyDown}
        style={{ height: (last - first) * HOUR_PX }}
      >
        <p id={`${testId}-help`} className="visually-hidden">
          {t('schedule.gridHelp')}
        </p>
        <div className="cal-times" aria-hidden="true">
          {hours.map((h) => (
            <div key={h} className="cal-hour-label" style={{ top: y(h * 60) }}>
              {zf.hour(atMinutes(columns[0]?.day ?? new Date(now), h * 60, zone))}
            </div>
          ))}
        </div>
        {columns.map((col, ci) => {
          const ghost = ghostIn(col);
          const nowMin = col.isToday ? wallMinutes(col.day, new Date(now), zone) : null;
          return (
            <div
              key={col.id}
              ref={(el) => {
                colRefs.current[ci] = el;
              }}
              className={col.marked ? 'cal-col cal-col-today' : 'cal-col'}
              role="group"
              aria-label={[col.label, col.sublabel, col.marked ? t('schedule.today') : ''].filter(Boolean).join(', ')}
              data-testid={`${testId}-col-${col.id}`}
            >
              {hours.map((h) => (
                <div key={h} className="cal-hour-line" style={{ top: y(h * 60) }} aria-hidden="true" />
              ))}
              {slots.map((m) => {
                const id: NavId = `slot:${ci}:${m}`;
                return (
                  <button
                    key={m}
                    type="button"
                    className="cal-slot"
                    style={{ top: y(m), height: SLOT_MINUTES * PX_PER_MIN }}
                    tabIndex={tabStop === id ? 0 : -1}
                    data-nav={id}
                    data-col={ci}
                    data-top={m}
                    aria-label={t('schedule.slotLabel', { column: col.sublabel ? `${col.label} ${col.sublabel}` : col.label, time: zf.time(atMinutes(col.day, m, zone)) })}
                    onFocus={() => setActive(id)}
                    onClick={() => onBook({ column: col, minutes: m })}
                    data-testid={`${testId}-slot-${col.id}-${m}`}
                  />
                );
              })}
              {nowMin !== null && nowMin >= first * 60 && nowMin <= last * 60 ? (
                <div className="cal-now" style={{ top: y(nowMin) }} data-testid={`${testId}-now`}>
                  <span className="visually-hidden">{t('schedule.nowLine', { time: zf.time(new Date(now)) })}</span>
                </div>
              ) : null}
              {placed[ci]!.map((p) => {
                const id: NavId = `item:${ci}:${p.item.key}`;
                return (
                  <EventBlock
                    key={p.item.key}
                    item={p.item}
                    zone={zone}
                    style={{ top: y(p.top), height: Math.max((p.bottom - p.top) * PX_PER_MIN, 18), left: `calc(${(p.lane / p.lanes) * 100}% + 2px)`, width: `calc(${100 / p.lanes}% - 4px)` }}
                    navId={id}
                    col={ci}
                    top={p.top}
                    bottom={p.bottom}
                    tabIndex={tabStop === id ? 0 : -1}
                    moving={movingKey === p.item.key}
                    onFocus={() => setActive(id)}
                    onPointerDown={onPointerDown(p.item, ci)}
                    onClick={() => {
                      if (suppressClick.current) {
                        suppressClick.current = false;
                        return;
                      }
                      onOpen(p.item);
                    }}
                  />
                );
              })}
              {ghost ? (
                <div
                  className={`cal-ghost cal-ghost-${feedback?.state ?? 'checking'}`}
                  style={{ top: y(ghost.target.minutes), height: Math.max(lengthMinutes(ghost.item) * PX_PER_MIN, 18) }}
                  aria-hidden="true"
                  data-testid="cal-ghost"
                >
                  <span className="cal-ghost-time">{zf.time(atMinutes(col.day, ghost.target.minutes, zone))}</span>
                  <span className="cal-ghost-state">
                    {feedback?.state === 'clash' ? `✕ ${t('schedule.ghostClash', { count: feedback.count })}` : feedback?.state === 'free' ? `✓ ${t('schedule.ghostFree')}` : t('schedule.ghostChecking')}
                  </span>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
