import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import type { Consent } from '../../../shared/referrals/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

/** Under the case's prefix, so everything of one case is dropped together. */
export const consentKeys = {
  list: (caseId: number) => ['case', caseId, 'consents'] as const,
};

export function useConsents(caseId: number, enabled = true) {
  return useQuery<Consent[], HavenError>({
    queryKey: consentKeys.list(caseId),
    queryFn: () => unwrap(haven.consents.list({ caseId })),
    enabled,
  });
}

/** A consent change moves what may be shared: the case's consents, its referrals' packets, its timeline, Today. */
function useConsentMutation<I>(caseId: number, call: (input: I) => Promise<Consent>) {
  const qc = useQueryClient();
  return useMutation<Consent, HavenError, I>({
    mutationFn: call,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: consentKeys.list(caseId) });
      void qc.invalidateQueries({ queryKey: keys.timeline(caseId) });
      void qc.invalidateQueries({ queryKey: ['referral'] });
      void qc.invalidateQueries({ queryKey: ['today'] });
    },
  });
}

export const useRecordConsent = (caseId: number) => useConsentMutation(caseId, (i: InputOf<'consents.record'>) => unwrap(haven.consents.record(i)));
export const useRevokeConsent = (caseId: number) => useConsentMutation(caseId, (i: InputOf<'consents.revoke'>) => unwrap(haven.consents.revoke(i)));
export const useAttachConsentForm = (caseId: number) => useConsentMutation(caseId, (i: InputOf<'consents.attach'>) => unwrap(haven.consents.attach(i)));
