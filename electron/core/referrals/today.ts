import { registerTodayProvider } from '../today/registry';
import { referralsNeedingFollowUp } from './service';

/** Open referrals whose follow-up date has come (or comes within the window), on cases the reader sees. */
registerTodayProvider({
  name: 'referrals',
  items: (ctx, w) =>
    referralsNeedingFollowUp(ctx, w.until, 100).map((r) => ({
      kind: 'referral.follow_up',
      at: r.followUpAt!,
      overdue: r.followUpAt! < w.now,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      ref: { type: 'referral', id: r.id },
      params: { agency: r.agencyName, status: r.status, service: r.serviceType, mine: r.ownerId === ctx.session.staffId ? 1 : 0 },
    })),
});
