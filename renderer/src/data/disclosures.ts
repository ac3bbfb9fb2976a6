import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export type Disclosure = OutputOf<'disclosures.record'>;

/** Under the case's prefix, so everything of one case is dropped together. */
export const disclosureKeys = {
  list: (caseId: number) => ['case', caseId, 'disclosures'] as const,
};

export function useDisclosures(caseId: number, enabled = true) {
  return useQuery<Disclosure[], HavenError>({
    queryKey: disclosureKeys.list(caseId),
    queryFn: () => unwrap(haven.disclosures.list({ caseId })),
    enabled,
  });
}

/** A recorded disclosure shows on the case's list and its timeline. */
export function useRecordDisclosure(caseId: number) {
  const qc = useQueryClient();
  return useMutation<Disclosure, HavenError, InputOf<'disclosures.record'>>({
    mutationFn: (i) => unwrap(haven.disclosures.record(i)),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: disclosureKeys.list(caseId) });
      void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
    },
  });
}
