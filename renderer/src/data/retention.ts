import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export function useRetentionPreview() {
  return useQuery<OutputOf<'retention.preview'>, HavenError>({
    queryKey: keys.retention,
    queryFn: () => unwrap(haven.retention.preview({})),
    staleTime: 0,
  });
}

export function usePurge() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'retention.purge'>, HavenError, InputOf<'retention.purge'>>({
    mutationFn: (i) => unwrap(haven.retention.purge(i)),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.retention });
      void qc.invalidateQueries({ queryKey: keys.caseLists });
    },
  });
}
