import type { TFunction } from 'i18next';
import type { TodayItem } from '../../../../shared/referrals/schemas';
import { backupFreshness } from '../admin/backups/staleness';
import { inVocabulary, vocabKey } from '../cases/vocab';
import type { CaseTab } from '../cases/page/caseTabs';
import { SERVICE_TYPE_LABEL, STATUS_LABEL } from '../referrals/labels';
import type { ReferralStatus, ServiceType } from '../../../../shared/referrals/vocab';

/** Where one click on an item goes: its case (on the right tab), or a centre page. */
export type TodayTarget = { kind: 'case'; caseId: number; tab: CaseTab } | { kind: 'agreements' };

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

/**
 * Today's backup warning, for administrators: no backup at all, or the newest older than twice the
 * schedule (backupFreshness). Not a provider item: backups are not case data and the list comes from the
 * admin-only backups.list, so the page asks for it only when the reader is an admin.
 */
export type BackupWarning = { kind: 'none' } | { kind: 'stale'; at: string };

export function backupWarning(list: { latestAt: string | null; everyHours: number } | undefined, now: Date): BackupWarning | null {
  if (!list) return null;
  const f = backupFreshness(list.latestAt, list.everyHours, now);
  if (f.state === 'none') return { kind: 'none' };
  return f.state === 'stale' ? { kind: 'stale', at: f.at } : null;
}
