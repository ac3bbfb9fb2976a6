import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import type { HavenError } from './result';
import { unwrap } from './result';

export type VaultStatus = OutputOf<'vault.status'>;

export function useVaultStatus() {
  return useQuery<VaultStatus, HavenError>({
    queryKey: keys.vaultStatus,
    queryFn: () => unwrap(haven.vault.status()),
    // The status only moves when this window sets up, unlocks or locks; those invalidate it explicitly.
    staleTime: Infinity,
  });
}

export function useSetup() {
  return useMutation<OutputOf<'vault.setup'>, HavenError, InputOf<'vault.setup'>>({
    mutationFn: (input) => unwrap(haven.vault.setup(input)),
  });
}

export function useUnlock() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'vault.unlock'>, HavenError, InputOf<'vault.unlock'>>({
    mutationFn: (input) => unwrap(haven.vault.unlock(input)),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.vaultStatus }),
    // Damage is found once the key opens the file; the core then reports it in the status, and the Gate
    // swaps the lock screen for the recovery screen.
    onError: (e) => {
      if (e.code === 'DATABASE_CORRUPT' || e.code === 'DATABASE_UNREADABLE') void qc.invalidateQueries({ queryKey: keys.vaultStatus });
    },
  });
}

export function useRecover() {
  return useMutation<OutputOf<'vault.recover'>, HavenError, InputOf<'vault.recover'>>({
    mutationFn: (input) => unwrap(haven.vault.recover(input)),
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'vault.changePassword'>, HavenError, InputOf<'vault.changePassword'>>({
    mutationFn: (input) => unwrap(haven.vault.changePassword(input)),
    onSuccess: (session) => {
      qc.setQueryData<VaultStatus>(keys.vaultStatus, (s) => (s ? { ...s, session } : s));
      void qc.invalidateQueries({ queryKey: keys.staff });
    },
  });
}
