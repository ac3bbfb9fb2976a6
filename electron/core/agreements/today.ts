import { registerTodayProvider } from '../today/registry';
import { expiringAgreements } from './queries';

/** Agreements ending soon: for admins, who renew them, and for the staff who refer (not mentors). */
registerTodayProvider({
  name: 'agreements',
  items: (ctx, w) => {
    const roles = ctx.session.roles;
    if (!roles.some((r) => r === 'admin' || r === 'caseworker' || r === 'legal_aide')) return [];
    return expiringAgreements(ctx.db, w.now, w.expiringUntil).map((g) => ({
      kind: 'agreement.expiring',
      at: g.endsAt,
      overdue: false,
      caseId: null,
      caseNumber: null,
      ref: { type: 'agreement', id: g.id },
      params: { agency: g.agencyName },
    }));
  },
});
