import type { CaseListParams } from '../../../data/cases';
import type { CaseStatus, TraffickingType } from '../vocab';

export type SortColumn = 'caseNumber' | 'openedAt' | 'updatedAt' | 'status';

export interface ListState {
  search: string;
  status: CaseStatus | null;
  traffickingType: TraffickingType | null;
  assigneeId: number | null;
  sort: SortColumn;
  dir: 'asc' | 'desc';
}

export const INITIAL_LIST_STATE: ListState = { search: '', status: null, traffickingType: null, assigneeId: null, sort: 'updatedAt', dir: 'desc' };

/** The cases.list input for a list state: empty filters are left out (the core treats absent as "any"). */
export function listParams(s: ListState): CaseListParams {
  const p: CaseListParams = { sort: s.sort, dir: s.dir };
  const search = s.search.trim().slice(0, 100);
  if (search) p.search = search;
  if (s.status) p.status = s.status;
  if (s.traffickingType) p.traffickingType = s.traffickingType;
  if (s.assigneeId !== null) p.assigneeId = s.assigneeId;
  return p;
}

export const SORTABLE: readonly string[] = ['caseNumber', 'openedAt', 'updatedAt', 'status'];

export const isFiltered = (s: ListState) => Boolean(s.search.trim() || s.status || s.traffickingType || s.assigneeId !== null);
