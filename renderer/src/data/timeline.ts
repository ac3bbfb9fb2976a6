import { useQuery } from '@tanstack/react-query';
import type { TimelineEntry } from '../../../shared/cases/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export function useTimeline(caseId: number) {
  return useQuery<TimelineEntry[], HavenError>({
    queryKey: keys.timeline(caseId),
    queryFn: () => unwrap(haven.timeline.get({ caseId })),
  });
}
