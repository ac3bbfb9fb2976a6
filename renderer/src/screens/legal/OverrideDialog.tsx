import { useMemo, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LEGAL_SETTINGS, RULES, computeCaseDeadlines, type LegalSettings, type RuleTable } from '../../../../shared/legal';
import type { Matter, MatterDetail, StoredDeadline } from '../../../../shared/legal/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { DateInput } from '../../components/DateInput';
import { useClearOverride, useSetOverride } from '../../data/legal';
import { useFormat } from '../../i18n/format';
import { factsOf } from './preview';
import { msg, type Message } from './message';
import { useIsoDay } from './isoDay';
import { KIND_LABEL } from './labels';

interface Props {
  matter: MatterDetail;
  deadline: StoredDeadline;
  others: readonly Matter[];
  today: string;
  rules?: RuleTable;
  settings?: LegalSettings;
  onClose: (message?: Message) => void;
}

const visible = (s: string) => s.replace(/[\s\u200b-\u200d\ufeff]/g, '').length;

/**
 * "Date on the notice": the printed date replaces the computed one for this deadline, and reminders follow
 * it (the engine hangs them off the effective date). Shows who entered the current override and why; the
 * override wins over the rule until someone removes it, with a reason.
 */
export function OverrideDialog({ matter, deadline, others, today, rules = RULES, settings = DEFAULT_LEGAL_SETTINGS, onClose }: Props) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const fmt = useFormat();
  const set = useSetOverride();
  const clear = useClearOverride();
  const existing = deadline.override;
  const [date, setDate] = useState(existing?.date ?? deadline.computed ?? '');
  const [reason, setReason] = useState('');
  const [noticeRef, setNoticeRef] = useState(existing?.noticeRef ?? '');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const busy = set.isPending || clear.isPending;

  // The reminders that would follow the new date, computed by the same engine the core stores with.
  const following = useMemo(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
    const facts = factsOf(matter);
    const overrides = [...facts.overrides.filter((o) => o.key !== deadline.key), { key: deadline.key, date, by: 0, reason: 'preview', noticeRef: null, recordedAt: new Date(0).toISOString() }];
    try {
      const out = computeCaseDeadlines([{ ...facts, overrides }, ...others.filter((m) => m.id !== matter.id).map(factsOf)], { today, rules, settings });
      return out.deadlines.filter((d) => d.parentKey === deadline.key && d.date);
    } catch {
      return [];
    }
  }, [date, matter, deadline.key, others, today, rules, settings]);

  const check = (): boolean => {
    const p: Record<string, string> = {};
    if (visible(reason) < 3) p.reason = t('legalPage.override.reasonShort');
    setProblem(p);
    return Object.keys(p).length === 0;
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const p: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) p.date = t('fieldErrors.invalid');
    if (visible(reason) < 3) p.reason = t('legalPage.override.reasonShort');
    setProblem(p);
    if (Object.keys(p).length) return;
    set.mutate(
      { matterId: matter.id, version: matter.version, key: deadline.key, date, reason: reason.trim(), noticeRef: noticeRef.trim() || null },
      { onSuccess: () => onClose(msg('legalPage.override.saved')) },
    );
  };

  const remove = () => {
    if (busy || !check()) return;
    clear.mutate({ matterId: matter.id, version: matter.version, key: deadline.key, reason: reason.trim() }, { onSuccess: () => onClose(msg('legalPage.override.removed')) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('legalPage.override.title')} testId="override-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <p className="muted">{t('legalPage.override.intro')}</p>
        <dl className="facts">
          <dt>{t('legalPage.col.deadline')}</dt>
          <dd>{t(KIND_LABEL[deadline.kind])}</dd>
          <dt>{t('legalPage.override.computed')}</dt>
          <dd data-testid="override-computed">{deadline.computed ? day.day(deadline.computed) : t('legalPage.deadline.noDate')}</dd>
          <dt>{t('legalPage.override.rule')}</dt>
          <dd className="small">{deadline.ruleVersion ? t('legalPage.deadline.rule', { rule: deadline.ruleId, version: deadline.ruleVersion }) : deadline.ruleId}</dd>
        </dl>
        {existing ? (
          <div className="alert alert-warning" role="note" data-testid="override-existing">
            <p>
              <strong>{t('legalPage.override.current', { date: day.day(existing.date) })}</strong>
            </p>
            <p className="small">
              {t('legalPage.override.by', { name: existing.byName ?? t('legalPage.someone'), when: fmt.dateTime(existing.recordedAt) })}
              {existing.noticeRef ? ` · ${t('legalPage.override.ref', { ref: existing.noticeRef })}` : ''}
            </p>
            <p className="small">{t('legalPage.override.why', { reason: existing.reason })}</p>
          </div>
        ) : null}
        <DateInput label={t('legalPage.override.date')} description={t('legalPage.override.dateHelp')} value={date} onChange={setDate} isRequired errorMessage={problem.date} testId="override-date" />
        <TextInput label={t('legalPage.override.noticeRef')} description={t('legalPage.override.noticeRefHelp')} value={noticeRef} onChange={setNoticeRef} maxLength={80} testId="override-notice-ref" />
        <TextAreaField label={t('legalPage.override.reason')} description={t('legalPage.override.reasonHelp')} value={reason} onChange={setReason} rows={2} isRequired errorMessage={problem.reason} testId="override-reason" />
        {following.length ? (
          <p className="small muted" data-testid="override-following">
            {t('legalPage.override.following', { dates: following.map((d) => day.day(d.date)).join(', ') })}
          </p>
        ) : null}
        <p className="small">
          <strong>{t('legalPage.override.wins')}</strong>
        </p>
        <ErrorMessage error={set.error ?? clear.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          {existing ? (
            <Button className="button button-danger" onPress={remove} data-busy={clear.isPending || undefined} data-testid="override-remove">
              {t('legalPage.override.remove')}
            </Button>
          ) : null}
          <Button type="submit" className="button button-primary" data-busy={set.isPending || undefined} data-testid="override-save">
            {t('legalPage.override.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
