import { registerTodayProvider } from '../today/registry';
import { openTasksDue } from './queries';
import { visibility } from './visibility';

/** Case tasks due (today: the HHS minor notification), on cases where the reader is a caseworker. */
registerTodayProvider({
  name: 'tasks',
  items: (ctx, w) => {
    const v = visibility(ctx);
    const roles = v.heldCaseRoles.filter((r) => r === 'lead_caseworker' || r === 'caseworker');
    const glass = v.glass.filter(([, r]) => r === 'caseworker').map(([id]) => id);
    if (roles.length === 0 && glass.length === 0) return [];
    return openTasksDue(ctx.db, { staffId: v.staffId, roles, glass }, w.until).map((t) => ({
      kind: 'task.due',
      at: t.due_at,
      overdue: t.due_at < w.now,
      caseId: t.case_id,
      caseNumber: t.case_number,
      ref: { type: 'task', id: t.id },
      params: { task: t.kind },
    }));
  },
});
