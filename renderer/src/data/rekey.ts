import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

/** Admin > Backups "Rotate the key": a new database key; every account keeps its password. */
export function useRotateKey() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'vault.rotateKey'>, HavenError, void>({
    mutationFn: () => unwrap(haven.vault.rotateKey({})),
    // Backups made before hold the old key: the list's key generation moves on.
    onSettled: () => qc.invalidateQueries({ queryKey: keys.backups }),
  });
}
