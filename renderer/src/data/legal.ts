import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { DeadlineRow, LegalTask, Matter, MatterDetail } from '../../../shared/legal/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

/**
 * Legal matters (issue 12). Every matter-changing channel returns the matter as stored, deadlines and tasks
 * included, so a change puts that answer in the cache and invalidates what lists it (deadline lists, Today,
 * the case's matters and timeline, the reminders).
 */
export const legalKeys = {
  all: ['legal'] as const,
  ofCase: (caseId: number) => ['case', caseId, 'legal'] as const,
  matter: (id: number) => ['legal', 'matter', id] as const,
  deadlines: (params: object) => ['legal', 'deadlines', params] as const,
  rules: ['legalRules'] as const,
  settings: ['legalSettings'] as const,
  impact: (ruleId: string, version: number) => ['legal', 'impact', ruleId, version] as const,
  preview: (matterId: number, ruleId: string, version: number | null) => ['legal', 'preview', matterId, ruleId, version] as const,
  reminders: ['legal', 'reminders'] as const,
  summary: (caseId: number) => ['case', caseId, 'legalSummary'] as const,
};

const api = haven.legal;

export type DeadlineParams = InputOf<'legal.deadlines.list'>;

export function useCaseMatters(caseId: number, enabled = true) {
  return useQuery<Matter[], HavenError>({
    queryKey: legalKeys.ofCase(caseId),
    queryFn: () => unwrap(api['matters.list']({ caseId, includeClosed: true })),
    enabled,
  });
}

export function useMatter(id: number | null) {
  return useQuery<MatterDetail, HavenError>({
    queryKey: legalKeys.matter(id ?? 0),
    queryFn: () => unwrap(api['matters.get']({ matterId: id ?? 0 })),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useDeadlines(params: DeadlineParams) {
  return useQuery<DeadlineRow[], HavenError>({
    queryKey: legalKeys.deadlines(params),
    queryFn: () => unwrap(api['deadlines.list'](params)),
    placeholderData: (prev) => prev,
    staleTime: 0,
  });
}

export function useRules(enabled = true) {
  return useQuery<OutputOf<'legal.rules.list'>, HavenError>({ queryKey: legalKeys.rules, queryFn: () => unwrap(api['rules.list']({})), enabled, staleTime: Infinity });
}

export function useLegalSettings(enabled = true) {
  return useQuery<OutputOf<'legal.settings.get'>, HavenError>({ queryKey: legalKeys.settings, queryFn: () => unwrap(api['settings.get']({})), enabled });
}

export function useRuleImpact(ruleId: string, ruleVersion: number, enabled: boolean) {
  return useQuery<OutputOf<'legal.rules.impact'>, HavenError>({
    queryKey: legalKeys.impact(ruleId, ruleVersion),
    queryFn: () => unwrap(api['rules.impact']({ ruleId, ruleVersion })),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useLegalSummary(caseId: number, enabled: boolean) {
  return useQuery<OutputOf<'legal.summary'>, HavenError>({ queryKey: legalKeys.summary(caseId), queryFn: () => unwrap(api.summary({ caseId })), enabled });
}

/** Reminders due now (case numbers and counts): asked on a timer by the notifier, and after each change. */
export function useDueReminders(enabled: boolean, intervalMs: number) {
  return useQuery<OutputOf<'legal.reminders.due'>, HavenError>({
    queryKey: legalKeys.reminders,
    queryFn: () => unwrap(api['reminders.due']({})),
    enabled,
    refetchInterval: enabled ? intervalMs : false,
    refetchIntervalInBackground: true,
  });
}

function useInvalidateLegal() {
  const qc = useQueryClient();
  return (caseId: number | null) => {
    void qc.invalidateQueries({ queryKey: legalKeys.all });
    void qc.invalidateQueries({ queryKey: ['today'] });
    if (caseId !== null) {
      void qc.invalidateQueries({ queryKey: legalKeys.ofCase(caseId) });
      void qc.invalidateQueries({ queryKey: legalKeys.summary(caseId) });
      void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
    }
  };
}

/** A change that answers with the matter: the answer goes straight into the cache. */
function useMatterMutation<I>(call: (input: I) => Promise<MatterDetail>) {
  const qc = useQueryClient();
  const invalidate = useInvalidateLegal();
  return useMutation<MatterDetail, HavenError, I>({
    mutationFn: call,
    onSuccess: (m) => qc.setQueryData(legalKeys.matter(m.id), m),
    onSettled: (m) => invalidate(m?.caseId ?? null),
  });
}

export const useCreateMatter = () => useMatterMutation((i: InputOf<'legal.matters.create'>) => unwrap(api['matters.create'](i)));
export const useUpdateMatter = () => useMatterMutation((i: InputOf<'legal.matters.update'>) => unwrap(api['matters.update'](i)));
export const useCloseMatter = () => useMatterMutation((i: InputOf<'legal.matters.close'>) => unwrap(api['matters.close'](i)));
export const useUpdateProceeding = () => useMatterMutation((i: InputOf<'legal.proceedings.update'>) => unwrap(api['proceedings.update'](i)));
export const useAddCourtDate = () => useMatterMutation((i: InputOf<'legal.courtDates.add'>) => unwrap(api['courtDates.add'](i)));
export const useUpdateCourtDate = () => useMatterMutation((i: InputOf<'legal.courtDates.update'>) => unwrap(api['courtDates.update'](i)));
export const useRemoveCourtDate = () => useMatterMutation((i: InputOf<'legal.courtDates.remove'>) => unwrap(api['courtDates.remove'](i)));
export const useSetOverride = () => useMatterMutation((i: InputOf<'legal.overrides.set'>) => unwrap(api['overrides.set'](i)));
export const useClearOverride = () => useMatterMutation((i: InputOf<'legal.overrides.clear'>) => unwrap(api['overrides.clear'](i)));
export const useAdoptRule = () => useMatterMutation((i: InputOf<'legal.rules.adopt'>) => unwrap(api['rules.adopt'](i)));

/** Task changes answer with the task: the matter it belongs to is asked again. */
function useTaskMutation<I>(call: (input: I) => Promise<LegalTask>) {
  const invalidate = useInvalidateLegal();
  return useMutation<LegalTask, HavenError, I>({ mutationFn: call, onSettled: (task) => invalidate(task?.caseId ?? null) });
}

export const useCompleteLegalTask = () => useTaskMutation((i: InputOf<'legal.tasks.complete'>) => unwrap(api['tasks.complete'](i)));
export const useSnoozeLegalTask = () => useTaskMutation((i: InputOf<'legal.tasks.snooze'>) => unwrap(api['tasks.snooze'](i)));
export const useAssignLegalTask = () => useTaskMutation((i: InputOf<'legal.tasks.assign'>) => unwrap(api['tasks.assign'](i)));
