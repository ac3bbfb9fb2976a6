import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Agency, Agreement, Service } from '../../../shared/referrals/schemas';
import { haven } from '../api';
import { unwrap, type HavenError } from './result';

export type DirectoryFilters = InputOf<'directory.list'>;

/** Query keys of the centre's records (not survivor data): the directory and the partner agreements. */
export const directoryKeys = {
  all: ['directory'] as const,
  list: (f: object) => ['directory', 'list', f] as const,
  agreements: ['agreements'] as const,
  agreementList: (agencyId: number | null) => ['agreements', 'list', agencyId] as const,
  expiring: (days: number) => ['agreements', 'expiring', days] as const,
};

export function useDirectory(filters: Partial<DirectoryFilters>) {
  return useQuery<Agency[], HavenError>({
    queryKey: directoryKeys.list(filters),
    queryFn: () => unwrap(haven.directory.list(filters as DirectoryFilters)),
    placeholderData: (prev) => prev,
  });
}

export function useAgreements(agencyId: number | null = null) {
  return useQuery<Agreement[], HavenError>({
    queryKey: directoryKeys.agreementList(agencyId),
    queryFn: () => unwrap(haven.agreements.list(agencyId === null ? {} : { agencyId })),
  });
}

export function useExpiringAgreements(days: number) {
  return useQuery<OutputOf<'agreements.expiring'>, HavenError>({
    queryKey: directoryKeys.expiring(days),
    queryFn: () => unwrap(haven.agreements.expiring({ days })),
  });
}

function useCentreMutation<I, O>(call: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation<O, HavenError, I>({
    mutationFn: call,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: directoryKeys.all });
      void qc.invalidateQueries({ queryKey: directoryKeys.agreements });
      void qc.invalidateQueries({ queryKey: ['today'] });
    },
  });
}

export const useSaveAgency = () => useCentreMutation<InputOf<'directory.saveAgency'>, Agency>((i) => unwrap(haven.directory.saveAgency(i)));
export const useSaveService = () => useCentreMutation<InputOf<'directory.saveService'>, Service>((i) => unwrap(haven.directory.saveService(i)));
export const useSaveAgreement = () => useCentreMutation<InputOf<'agreements.save'>, Agreement>((i) => unwrap(haven.agreements.save(i)));
