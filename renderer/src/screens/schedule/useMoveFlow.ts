import { addDays, format, parseISO } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { ScheduleCheck, Slot } from '../../../../shared/sessions/schemas';
import { checkMove, fetchSession, useMoveOccurrence, useUpdateSeries } from '../../data/sessions';
import { toHavenError, type HavenError } from '../../data/result';
import type { MoveFeedback, PendingMove } from './CalendarGrid';
import { requestOf, type MoveRequest } from './moveRequest';

/** How far a change to a recurring booking reaches. */
export type MoveScope = 'occurrence' | 'following' | 'series';
export type { MoveRequest };

const moveInput = (r: MoveRequest) => ({ sessionId: r.item.sessionId, occurrenceId: r.item.occurrence!.id, ...r.to });

/**
 * Moving bookings on the calendar, by pointer or keyboard: live conflict feedback while a block is carried
 * (sessions.checkMove, debounced, the latest answer wins), the "this occurrence / this and following / whole
 * series" question when a recurring one is let go, the move itself, and on CONFLICT the clashes with the
 * suggested free slots, one click to take one.
 */
export function useMoveFlow(zone: string) {
  const move = useMoveOccurrence();
  const update = useUpdateSeries();
  const [live, setLive] = useState<{ request: MoveRequest; check: ScheduleCheck | null } | null>(null);
  const [ask, setAsk] = useState<MoveRequest | null>(null);
  const [refused, setRefused] = useState<{ request: MoveRequest; scope: MoveScope; check: ScheduleCheck } | null>(null);
  const [error, setError] = useState<HavenError | null>(null);
  const [done, setDone] = useState<{ request: MoveRequest; scope: MoveScope } | null>(null);
  const seq = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const preview = (p: PendingMove | null) => {
    window.clearTimeout(timer.current);
    const n = ++seq.current;
    if (!p || !p.item.occurrence) {
      setLive(null);
      return;
    }
    const request = requestOf(p, zone);
    setLive({ request, check: null });
    timer.current = window.setTimeout(() => {
      checkMove(moveInput(request)).then(
        (check) => n === seq.current && setLive({ request, check }),
        () => n === seq.current && setLive(null),
      );
    }, 120);
  };

  const feedback: MoveFeedback = live ? (live.check ? (live.check.clashes.length ? { state: 'clash', count: live.check.clashes.length } : { state: 'free' }) : { state: 'checking' }) : null;

  const commit = async (request: MoveRequest, scope: MoveScope) => {
    setError(null);
    setRefused(null);
    setAsk(null);
    setDone(null);
    const o = request.item.occurrence!;
    try {
      if (scope === 'occurrence') {
        await move.mutateAsync({ ...moveInput(request), version: o.version });
      } else {
        const detail = await fetchSession(o.sessionId);
        const recurrence = detail.recurrence ? { every: detail.recurrence.every === 2 ? (2 as const) : (1 as const), until: detail.recurrence.until, except: detail.recurrence.except } : null;
        // The whole series moves by as many days as this occurrence did, from its first date.
        const shift = Math.round((parseISO(request.to.date).getTime() - parseISO(o.date).getTime()) / 86_400_000);
        const first = detail.occurrences.filter((x) => !x.moved).map((x) => x.date).sort()[0] ?? o.date;
        const date = scope === 'series' ? format(addDays(parseISO(first), shift), 'yyyy-MM-dd') : request.to.date;
        const until = recurrence && shift > 0 ? format(addDays(parseISO(recurrence.until), shift), 'yyyy-MM-dd') : recurrence?.until;
        await update.mutateAsync({
          sessionId: o.sessionId,
          apply: scope,
          ...(scope === 'following' ? { fromOccurrenceId: o.id } : {}),
          title: detail.title,
          interpreter: detail.interpreter,
          ...request.to,
          date,
          recurrence: recurrence ? { ...recurrence, until: until ?? recurrence.until } : null,
          version: detail.version,
        });
      }
      setDone({ request, scope });
    } catch (e) {
      const err = toHavenError(e);
      if (err.code === 'CONFLICT' && err.schedule) setRefused({ request, scope, check: err.schedule });
      else setError(err);
    }
  };

  /** Let go: a recurring booking asks how far the move reaches first. */
  const drop = (p: PendingMove) => {
    seq.current++;
    window.clearTimeout(timer.current);
    setLive(null);
    if (!p.item.occurrence) return;
    const request = requestOf(p, zone);
    const same = request.to.date === p.item.occurrence.date && request.to.startTime === p.item.occurrence.startTime && request.to.roomId === p.item.occurrence.roomId;
    if (same) return;
    submit(request);
  };

  const submit = (request: MoveRequest) => {
    if (request.item.recurring) setAsk(request);
    else void commit(request, 'occurrence');
  };

  const take = (slot: Slot) => {
    if (!refused) return;
    const { request, scope } = refused;
    void commit({ item: request.item, to: { ...request.to, date: slot.date, startTime: slot.startTime, endTime: slot.endTime } }, scope);
  };

  return {
    preview,
    feedback,
    live,
    drop,
    submit,
    commit,
    ask,
    cancelAsk: () => setAsk(null),
    refused,
    dismissRefused: () => setRefused(null),
    take,
    error,
    done,
    busy: move.isPending || update.isPending,
  };
}
