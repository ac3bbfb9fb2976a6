import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Screening } from '../../../shared/contract/casework';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export type { Screening };

export function useScreenings(caseId: number) {
  return useQuery<OutputOf<'screening.list'>, HavenError>({
    queryKey: keys.screenings(caseId),
    queryFn: () => unwrap(haven.screening.list({ caseId })),
  });
}

/** Every screening change refreshes the case's screenings and timeline; the returned record is shown at once. */
function useScreeningMutation<I>(caseId: number, call: (input: I) => Promise<Screening>) {
  const qc = useQueryClient();
  return useMutation<Screening, HavenError, I>({
    mutationFn: call,
    onSuccess: (s) => {
      qc.setQueryData<Screening[]>(keys.screenings(caseId), (list) => (list ? [s, ...list.filter((x) => x.id !== s.id)] : list));
      void qc.invalidateQueries({ queryKey: keys.screenings(caseId) });
      void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
    },
  });
}

export const useStartScreening = (caseId: number) => useScreeningMutation(caseId, (i: InputOf<'screening.start'>) => unwrap(haven.screening.start(i)));
export const useAnswerScreening = (caseId: number) => useScreeningMutation(caseId, (i: InputOf<'screening.answer'>) => unwrap(haven.screening.answer(i)));
export const useCompleteScreening = (caseId: number) => useScreeningMutation(caseId, (i: InputOf<'screening.complete'>) => unwrap(haven.screening.complete(i)));
