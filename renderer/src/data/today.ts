import { useQuery } from '@tanstack/react-query';
import type { TodayItem } from '../../../shared/referrals/schemas';
import { haven } from '../api';
import { unwrap, type HavenError } from './result';

export function useToday(days: number) {
  return useQuery<TodayItem[], HavenError>({
    queryKey: ['today', days],
    queryFn: () => unwrap(haven.today.get({ days })),
    staleTime: 0,
  });
}
