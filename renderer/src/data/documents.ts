import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDocument } from '../../../shared/cases/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export function useDocuments(caseId: number) {
  return useQuery<CaseDocument[], HavenError>({
    queryKey: keys.documents(caseId),
    queryFn: () => unwrap(haven.documents.list({ caseId })),
  });
}

export function useRefreshDocuments(caseId: number) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: keys.documents(caseId) });
    void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
  };
}
