import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Packet, Referral } from '../../../shared/referrals/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export const referralKeys = {
  ofCase: (caseId: number) => ['case', caseId, 'referrals'] as const,
  board: (params: object) => ['referralBoard', params] as const,
  boards: ['referralBoard'] as const,
  /** One referral, its packet preview: every referral's entry shares the 'referral' prefix. */
  detail: (id: number) => ['referral', id] as const,
  packet: (id: number) => ['referral', id, 'packet'] as const,
};

export type BoardParams = Partial<InputOf<'referrals.board'>>;
export type ReferralDetail = OutputOf<'referrals.get'>;

export function useCaseReferrals(caseId: number, enabled = true) {
  return useQuery<Referral[], HavenError>({
    queryKey: referralKeys.ofCase(caseId),
    queryFn: () => unwrap(haven.referrals.list({ caseId })),
    enabled,
  });
}

export function useReferralBoard(params: BoardParams) {
  return useQuery<Referral[], HavenError>({
    queryKey: referralKeys.board(params),
    queryFn: () => unwrap(haven.referrals.board(params as InputOf<'referrals.board'>)),
    placeholderData: (prev) => prev,
  });
}

export function useReferral(id: number) {
  return useQuery<ReferralDetail, HavenError>({
    queryKey: referralKeys.detail(id),
    queryFn: () => unwrap(haven.referrals.get({ referralId: id })),
    staleTime: 0,
  });
}

/** The preview is asked again each time it is shown: a consent may have expired or been revoked since. */
export function usePacketPreview(id: number) {
  return useQuery<Packet, HavenError>({
    queryKey: referralKeys.packet(id),
    queryFn: () => unwrap(haven.referrals.packetPreview({ referralId: id })),
    staleTime: 0,
    gcTime: 0,
  });
}

function useReferralMutation<I>(call: (input: I) => Promise<Referral>) {
  const qc = useQueryClient();
  return useMutation<Referral, HavenError, I>({
    mutationFn: call,
    onSettled: (r) => {
      void qc.invalidateQueries({ queryKey: referralKeys.boards });
      void qc.invalidateQueries({ queryKey: ['today'] });
      if (r) {
        void qc.invalidateQueries({ queryKey: referralKeys.detail(r.id) });
        void qc.invalidateQueries({ queryKey: referralKeys.ofCase(r.caseId) });
        void qc.invalidateQueries({ queryKey: keys.timeline(r.caseId) });
      }
    },
  });
}

export const useCreateReferral = () => useReferralMutation((i: InputOf<'referrals.create'>) => unwrap(haven.referrals.create(i)));
export const useRecordIncoming = () => useReferralMutation((i: InputOf<'referrals.recordIncoming'>) => unwrap(haven.referrals.recordIncoming(i)));
export const useAdvanceReferral = () => useReferralMutation((i: InputOf<'referrals.advance'>) => unwrap(haven.referrals.advance(i)));
export const useUpdateReferral = () => useReferralMutation((i: InputOf<'referrals.update'>) => unwrap(haven.referrals.update(i)));
export const useShareReferral = () => useReferralMutation((i: InputOf<'referrals.share'>) => unwrap(haven.referrals.share(i)));

/** Producing the packet is the audited act; the returned packet is what gets printed. */
export function useProducePacket() {
  const qc = useQueryClient();
  return useMutation<Packet, HavenError, InputOf<'referrals.packet'>>({
    mutationFn: (i) => unwrap(haven.referrals.packet(i)),
    onSettled: (p) => {
      if (!p) return;
      void qc.invalidateQueries({ queryKey: referralKeys.detail(p.referralId) });
      void qc.invalidateQueries({ queryKey: referralKeys.boards });
    },
  });
}
