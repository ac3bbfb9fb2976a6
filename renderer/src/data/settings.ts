import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import type { Settings } from '../../../shared/schemas';
import { haven } from '../api';
import { keys } from './keys';
import type { HavenError } from './result';
import { unwrap } from './result';

export function useSettings(enabled = true) {
  return useQuery<Settings, HavenError>({
    queryKey: keys.settings,
    queryFn: () => unwrap(haven.settings.get()),
    enabled,
  });
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation<Settings, HavenError, InputOf<'settings.update'>>({
    mutationFn: (input) => unwrap(haven.settings.update(input)),
    onSuccess: (s) => {
      qc.setQueryData(keys.settings, s);
      // The retention period decides which closed cases a purge would remove.
      void qc.invalidateQueries({ queryKey: keys.retention });
    },
    onError: (e) => {
      // A CONFLICT carries the current record: show it rather than the stale copy.
      if (e.code === 'CONFLICT') void qc.invalidateQueries({ queryKey: keys.settings });
    },
  });
}
