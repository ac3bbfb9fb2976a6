import type { TFunction } from 'i18next';
import type { TodayItem } from '../../../../shared/referrals/schemas';
import { inVocabulary, vocabKey } from '../cases/vocab';
import type { CaseTab } from '../cases/page/caseTabs';
import { SERVICE_TYPE_LABEL, STATUS_LABEL } from '../referrals/labels';
import type { ReferralStatus, ServiceType } from '../../../../shared/referrals/vocab';

/** Where one click on an item goes: its case (on the right tab), or a centre page. */
export type TodayTarget = { kind: 'case'; caseId: number; tab: CaseTab } | { kind: 'agreements' } | { kind: 'backups' };

/**
 * One section of Today, fed by the core's provider of the same kinds (DESIGN.md "Dated things plug in").
 * A later feature (sessions, legal deadlines) adds an entry here and a provider in the core; the screen
 * itself does not change. Items of a kind no section claims still show, under "Other".
 */
export interface TodaySection {
  id: string;
  titleKey: string;
  kinds: readonly string[];
  label(item: TodayItem, t: TFunction): string;
  target(item: TodayItem): TodayTarget | null;
  /** About the centre's upkeep (backups), not casework: a new centre's "nothing due, start here" still shows. */
  upkeep?: true;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const toCase = (tab: CaseTab) => (item: TodayItem): TodayTarget | null => (item.caseId === null ? null : { kind: 'case', caseId: item.caseId, tab });

export const TODAY_SECTIONS: readonly TodaySection[] = [
  {
    id: 'follow-ups',
    titleKey: 'today.followUps',
    kinds: ['referral.follow_up'],
    label: (item, t) => {
      const status = str(item.params.status);
      const service = str(item.params.service);
      const agency = str(item.params.agency);
      return t('today.followUpItem', {
        target: service in SERVICE_TYPE_LABEL ? `${agency} (${t(SERVICE_TYPE_LABEL[service as ServiceType])})` : agency,
        status: status in STATUS_LABEL ? t(STATUS_LABEL[status as ReferralStatus]) : status,
      });
    },
    target: toCase('referrals'),
  },
  {
    id: 'tasks',
    titleKey: 'today.tasks',
    kinds: ['task.due'],
    label: (item, t) => {
      const task = str(item.params.task);
      return inVocabulary('taskKind', task) ? t(vocabKey('taskKind', task)) : t('today.taskItem');
    },
    target: toCase('overview'),
  },
  {
    id: 'consents',
    titleKey: 'today.consents',
    kinds: ['consent.expiring'],
    label: (item, t) => t('today.consentItem', { agency: str(item.params.agency) }),
    target: toCase('consents'),
  },
  {
    id: 'agreements',
    titleKey: 'today.agreements',
    kinds: ['agreement.expiring'],
    label: (item, t) => t('today.agreementItem', { agency: str(item.params.agency) }),
    target: () => ({ kind: 'agreements' }),
  },
  {
    // Admins only (the core's provider asks the role): no backup yet, or the newest is too old.
    id: 'backups',
    titleKey: 'today.backupTitle',
    upkeep: true,
    kinds: ['backup.stale'],
    label: (item, t) => (item.params.latestAt ? t('today.backupStale') : t('today.backupNone')),
    target: () => ({ kind: 'backups' }),
  },
];

/** Items no section claims (a newer core's provider): shown plainly rather than hidden. */
export const OTHER_SECTION: TodaySection = {
  id: 'other',
  titleKey: 'today.other',
  kinds: [],
  label: (_item, t) => t('today.otherItem'),
  target: toCase('overview'),
};

export function groupToday(items: readonly TodayItem[]): Array<{ section: TodaySection; items: TodayItem[] }> {
  const out = TODAY_SECTIONS.map((section) => ({ section, items: items.filter((i) => section.kinds.includes(i.kind)) }));
  const known = new Set(TODAY_SECTIONS.flatMap((s) => s.kinds));
  const other = items.filter((i) => !known.has(i.kind));
  if (other.length) out.push({ section: OTHER_SECTION, items: other });
  return out;
}


/** Items about casework (not the centre's upkeep): none of them means "nothing due" and the next steps. */
export function caseworkItems(items: readonly TodayItem[]): TodayItem[] {
  const upkeep = new Set(TODAY_SECTIONS.filter((s) => s.upkeep).flatMap((s) => s.kinds));
  return items.filter((i) => !upkeep.has(i.kind));
}
