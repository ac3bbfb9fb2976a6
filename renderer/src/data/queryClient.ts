import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { HavenError } from './result';

/**
 * One client for the whole renderer. The core is local and the single writer, so data only changes when
 * this window changes it: no refetch on focus, no automatic retries of refused calls.
 *
 * `onLocked` runs when any call finds the core locked (it locks itself after idle time, or on OS lock):
 * the page must then drop what it shows and go back to the lock screen.
 */
export function createQueryClient(onLocked: () => void): QueryClient {
  const check = (e: unknown) => {
    if (e instanceof HavenError && (e.code === 'UNAUTHENTICATED' || e.code === 'LOCKED')) onLocked();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: check }),
    mutationCache: new MutationCache({ onError: check }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
