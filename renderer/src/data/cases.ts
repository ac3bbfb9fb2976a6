import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CaseFile, CaseHeader, CaseListRow } from '../../../shared/cases/schemas';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { haven } from '../api';
import { keys } from './keys';
import { CASE_PAGE_SIZE, nextOffset } from './paging';
import { unwrap, type HavenError } from './result';

export type CaseListParams = Omit<InputOf<'cases.list'>, 'offset' | 'limit'>;
type ListPage = OutputOf<'cases.list'>;


export interface LoadedCases {
  rows: CaseListRow[];
  /** How many cases match the filters, loaded or not. */
  total: number;
}

// Module-level so TanStack keeps the flattened array between renders while the pages are unchanged.
const flatten = (data: { pages: ListPage[] }): LoadedCases => ({ rows: data.pages.flatMap((p) => p.rows), total: data.pages[0]?.total ?? 0 });

/** Pages of the visible cases, fetched with offset/limit as the table scrolls towards the end. */
export function useCaseList(params: CaseListParams) {
  return useInfiniteQuery({
    queryKey: keys.caseList(params),
    queryFn: ({ pageParam }: { pageParam: number }) => unwrap(haven.cases.list({ ...params, offset: pageParam, limit: CASE_PAGE_SIZE })),
    initialPageParam: 0,
    getNextPageParam: (_last: ListPage, pages: ListPage[]) => nextOffset(pages),
    select: flatten,
  });
}

export function useCaseFile(caseId: number) {
  return useQuery<CaseFile, HavenError>({
    queryKey: keys.caseFile(caseId),
    queryFn: () => unwrap(haven.cases.get({ caseId })),
    // Every open is audited by the core: do not reopen behind the person's back.
    staleTime: 5 * 60_000,
  });
}

export function useAssignableStaff(enabled: boolean) {
  return useQuery<OutputOf<'cases.assignableStaff'>, HavenError>({
    queryKey: keys.assignableStaff,
    queryFn: () => unwrap(haven.cases.assignableStaff({})),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** A change returned the whole file: show it, and let the lists and the timeline catch up. */
export function storeFile(qc: QueryClient, file: CaseFile): void {
  qc.setQueryData(keys.caseFile(file.header.id), file);
  void qc.invalidateQueries({ queryKey: keys.caseLists });
  void qc.invalidateQueries({ queryKey: keys.timeline(file.header.id) });
}

/** A change returned only the header (assignment, tasks): patch it into the cached file. */
function storeHeader(qc: QueryClient, header: CaseHeader): void {
  qc.setQueryData<CaseFile>(keys.caseFile(header.id), (f) => (f ? { ...f, header } : f));
  void qc.invalidateQueries({ queryKey: keys.caseLists });
  void qc.invalidateQueries({ queryKey: keys.timeline(header.id) });
}

function useFileMutation<I>(call: (input: I) => Promise<CaseFile>) {
  const qc = useQueryClient();
  return useMutation<CaseFile, HavenError, I>({ mutationFn: call, onSuccess: (f) => storeFile(qc, f) });
}

function useHeaderMutation<I>(call: (input: I) => Promise<CaseHeader>) {
  const qc = useQueryClient();
  return useMutation<CaseHeader, HavenError, I>({ mutationFn: call, onSuccess: (h) => storeHeader(qc, h) });
}

export const useCreateCase = () => useFileMutation((i: InputOf<'cases.create'>) => unwrap(haven.cases.create(i)));
export const useBreakGlass = () => useFileMutation((i: InputOf<'cases.breakGlass'>) => unwrap(haven.cases.breakGlass(i)));
export const useUpdateProfile = () => useFileMutation((i: InputOf<'cases.updateProfile'>) => unwrap(haven.cases.updateProfile(i)));
export const useUpdateContact = () => useFileMutation((i: InputOf<'cases.updateContact'>) => unwrap(haven.cases.updateContact(i)));
export const useSetStatus = () => useFileMutation((i: InputOf<'cases.setStatus'>) => unwrap(haven.cases.setStatus(i)));
export const useCompleteIntake = () => useFileMutation((i: InputOf<'cases.completeIntake'>) => unwrap(haven.cases.completeIntake(i)));
export const useAssign = () => useHeaderMutation((i: InputOf<'cases.assign'>) => unwrap(haven.cases.assign(i)));
export const useUnassign = () => useHeaderMutation((i: InputOf<'cases.unassign'>) => unwrap(haven.cases.unassign(i)));
export const useCompleteTask = () => useHeaderMutation((i: InputOf<'tasks.complete'>) => unwrap(haven.tasks.complete(i)));

/** Deletes an intake that was never completed (lead caseworker): its file leaves the cache, the lists refetch. */
export function useDiscardIntake() {
  const qc = useQueryClient();
  return useMutation<{ discarded: true }, HavenError, InputOf<'cases.discardIntake'>>({
    mutationFn: (i) => unwrap(haven.cases.discardIntake(i)),
    onSuccess: (_r, i) => {
      qc.removeQueries({ queryKey: keys.caseFile(i.caseId) });
      void qc.invalidateQueries({ queryKey: keys.caseLists });
    },
  });
}
