import type { TFunction } from 'i18next';
import type { TodayItem } from '../../../../shared/referrals/schemas';
import { inVocabulary, vocabKey } from '../cases/vocab';
import type { CaseTab } from '../cases/page/caseTabs';
import { SERVICE_TYPE_LABEL, STATUS_LABEL } from '../referrals/labels';
import type { ReferralStatus, ServiceType } from '../../../../shared/referrals/vocab';
import type { DeadlineKind, MatterType } from '../../../../shared/legal';
import { KIND_LABEL, TYPE_LABEL } from '../legal/labels';

/** Where one click on an item goes: its case (on the right tab), or a centre page. */
export type TodayTarget = { kind: 'case'; caseId: number; tab: CaseTab } | { kind: 'agreements' } | { kind: 'matter'; matterId: number } | { kind: 'backups' };

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
/** A legal item opens its matter (legal aides); the core names the matter in ref. */
const toMatter = (item: TodayItem): TodayTarget | null => (item.ref.type === 'legal_matter' ? { kind: 'matter', matterId: item.ref.id } : null);
const legalKind = (item: TodayItem, t: TFunction) => {
  const kind = str(item.params.deadline);
  return kind in KIND_LABEL ? t(KIND_LABEL[kind as DeadlineKind]) : t('today.otherItem');
};
const legalType = (item: TodayItem, t: TFunction) => {
  const type = str(item.params.matterType);
  return type in TYPE_LABEL ? t(TYPE_LABEL[type as MatterType]) : '';
};
const toCase = (tab: CaseTab) => (item: TodayItem): TodayTarget | null => (item.caseId === null ? null : { kind: 'case', caseId: item.caseId, tab });

export const TODAY_SECTIONS: readonly TodaySection[] = [
  {
    // Issue 13: the day's sessions and appointments, for every role that books them. Wall-clock times in the
    // centre's zone come from the core as HH:mm, so Today needs no zone of its own.
    id: 'sessions',
    titleKey: 'today.sessions',
    kinds: ['session.today'],
    label: (item, t) => {
      const kind = str(item.params.sessionKind);
      const what = ['mentoring', 'casework', 'legal'].includes(kind) ? t(`schedule.kind.${kind}`) : t('today.sessionGeneric');
      const where = str(item.params.location);
      const place = where === 'room' ? str(item.params.room) : ['offsite', 'remote'].includes(where) ? t(`schedule.where.${where}`) : '';
      const status = str(item.params.status);
      return t('today.sessionItem', {
        time: `${str(item.params.startTime)}–${str(item.params.endTime)}`,
        what,
        where: place || '—',
        status: ['planned', 'held', 'cancelled', 'no_show'].includes(status) ? t(`schedule.status.${status}`) : '',
      });
    },
    target: toCase('sessions'),
  },
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
    // Legal aides: overdue and due-soon deadlines of their matters (issue 12). No name: case number and matter type.
    id: 'legal-deadlines',
    titleKey: 'today.legalDeadlines',
    kinds: ['legal.deadline'],
    label: (item, t) =>
      [legalKind(item, t), legalType(item, t), item.params.noMaintainedStatus ? `⚠ ${t('legalPage.flag.no_maintained_status')}` : ''].filter(Boolean).join(' · '),
    target: toMatter,
  },
  {
    id: 'legal-court',
    titleKey: 'today.legalCourtDates',
    kinds: ['legal.court_date'],
    label: (item, t) => [legalType(item, t), item.params.accompany ? t('legalPage.flag.accompany_survivor') : ''].filter(Boolean).join(' · '),
    target: toMatter,
  },
  {
    // Caseworkers: court dates of the week the survivor must be accompanied to (date and time only).
    id: 'legal-accompany',
    titleKey: 'today.accompanyCourtDates',
    kinds: ['legal.accompany_court_date'],
    label: (item, t) => (str(item.params.time) ? t('today.accompanyItemAt', { time: str(item.params.time) }) : t('today.accompanyItem')),
    target: toCase('overview'),
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
