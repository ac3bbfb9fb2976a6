import { glassWith, rolesWith, visibility } from '../cases/visibility';
import { registerTodayProvider } from '../today/registry';
import { expiringConsents } from './queries';

/** Releases about to expire on the cases whose consents the reader sees (caseworkers, legal aides). */
registerTodayProvider({
  name: 'consents',
  items: (ctx, w) => {
    const v = visibility(ctx);
    const roles = rolesWith(v, 'consents');
    const glass = glassWith(v, 'consents');
    if (roles.length === 0 && glass.length === 0) return [];
    return expiringConsents(ctx.db, { staffId: v.staffId, roles, glass }, w.now, w.expiringUntil).map((c) => ({
      kind: 'consent.expiring',
      at: c.expires_at,
      overdue: false,
      caseId: c.case_id,
      caseNumber: c.case_number,
      ref: { type: 'consent', id: c.id },
      params: { agency: c.agency_name },
    }));
  },
});
