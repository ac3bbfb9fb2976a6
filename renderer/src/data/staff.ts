import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import type { Staff } from '../../../shared/schemas';
import { haven } from '../api';
import { keys } from './keys';
import type { HavenError } from './result';
import { unwrap } from './result';

export function useStaffList() {
  return useQuery<Staff[], HavenError>({
    queryKey: keys.staff,
    queryFn: () => unwrap(haven.staff.list({ includeInactive: true })),
  });
}

/** Every staff change refreshes the list afterwards, success or not: a CONFLICT means the list is stale. */
function useStaffMutation<I>(call: (input: I) => Promise<Staff>) {
  const qc = useQueryClient();
  return useMutation<Staff, HavenError, I>({
    mutationFn: call,
    onSettled: () => qc.invalidateQueries({ queryKey: keys.staff }),
  });
}

export const useCreateStaff = () => useStaffMutation((i: InputOf<'staff.create'>) => unwrap(haven.staff.create(i)));
export const useUpdateStaff = () => useStaffMutation((i: InputOf<'staff.update'>) => unwrap(haven.staff.update(i)));
export const useDeactivateStaff = () => useStaffMutation((i: InputOf<'staff.deactivate'>) => unwrap(haven.staff.deactivate(i)));
export const useReactivateStaff = () => useStaffMutation((i: InputOf<'staff.reactivate'>) => unwrap(haven.staff.reactivate(i)));
export const useResetStaffPassword = () => useStaffMutation((i: InputOf<'staff.resetPassword'>) => unwrap(haven.staff.resetPassword(i)));
