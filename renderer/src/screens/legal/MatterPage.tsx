import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MatterWarning } from '../../../../shared/legal';
import type { LawEnforcementContact, MatterDetail, StoredDeadline } from '../../../../shared/legal/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { StatusMessage } from '../../components/StatusMessage';
import { useCaseMatters, useLegalSettings, useMatter, useRules, useUpdateMatter } from '../../data/legal';
import { FactsForm, type FactsDraft } from './FactsForm';
import { todayIso } from './isoDay';
import { msg, useMessageText, type Message } from './message';
import { STATUS_LABEL, TYPE_LABEL, WARNING_LABEL, isProceeding } from './labels';
import { MatterDeadlines, type ShownDeadline } from './MatterDeadlines';
import { MatterTasks } from './MatterTasks';
import { MatterTimeline } from './MatterTimeline';
import { OverrideDialog } from './OverrideDialog';
import { previewDraft } from './preview';
import { ProceedingPanel } from './ProceedingPanel';
import { timelineOf } from './timelineModel';

interface Props {
  matterId: number;
  backLabel: string;
  onBack: () => void;
  onOpenCase?: (caseId: number) => void;
  onOpenMatter: (matterId: number) => void;
}

const EMPTY_LE: LawEnforcementContact = { name: '', agency: '', phone: '', email: '' };

function draftOf(m: MatterDetail): FactsDraft {
  return {
    status: m.status,
    receiptNumber: m.receiptNumber ?? '',
    noticeNumber: m.noticeNumber ?? '',
    filedOn: m.filedOn ?? '',
    approvedOn: m.approvedOn ?? '',
    admittedOn: m.admittedOn ?? '',
    signedOn: m.signedOn ?? '',
    eadCategory: m.eadCategory ?? '',
    le: m.lawEnforcementContact ?? EMPTY_LE,
  };
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const dateOrNull = (s: string) => (isDate(s) ? s : null);

/** One legal matter: the warning that matters most, its timeline, facts, deadlines, proceeding and tasks. */
export function MatterPage(props: Props) {
  const { t } = useTranslation();
  const matter = useMatter(props.matterId);
  if (!matter.data) {
    return (
      <div className="matter-page">
        <Button className="button button-link back-link" onPress={props.onBack} data-testid="matter-back">
          ← {props.backLabel}
        </Button>
        <PageTitle>{t('legalPage.matter.opening')}</PageTitle>
        <ErrorMessage error={matter.error} />
      </div>
    );
  }
  return <MatterView key={matter.data.id} {...props} matter={matter.data} />;
}

function MatterView({ matter, backLabel, onBack, onOpenCase, onOpenMatter }: Props & { matter: MatterDetail }) {
  const { t } = useTranslation();
  const today = todayIso();
  const others = useCaseMatters(matter.caseId);
  const rules = useRules();
  const settings = useLegalSettings();
  const update = useUpdateMatter();
  const initial = useMemo(() => draftOf(matter), [matter]);
  const [draft, setDraft] = useState<FactsDraft>(initial);
  // A saved change (or anyone's) comes back as a new version: the form starts again from what is stored.
  const [seenVersion, setSeenVersion] = useState(matter.version);
  if (seenVersion !== matter.version) {
    setSeenVersion(matter.version);
    setDraft(initial);
  }
  const [overriding, setOverriding] = useState<StoredDeadline | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const messageText = useMessageText(message);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const datesDirty = (['status', 'filedOn', 'approvedOn', 'admittedOn', 'signedOn', 'eadCategory'] as const).some((k) => draft[k] !== initial[k]);
  const ruleTable = rules.data?.map(({ inForce: _inForce, ...r }) => r);
  const legalSettings = settings.data ? (({ version: _version, ...s }) => s)(settings.data) : undefined;

  // While dates are being edited, the list and the drawing show what the core WILL store (same engine).
  const preview = useMemo(() => {
    if (!datesDirty) return null;
    try {
      return previewDraft(
        matter,
        { status: draft.status, filedOn: dateOrNull(draft.filedOn), approvedOn: dateOrNull(draft.approvedOn), admittedOn: dateOrNull(draft.admittedOn), signedOn: dateOrNull(draft.signedOn), eadCategory: /^[ac]\d{1,2}$/.test(draft.eadCategory) ? draft.eadCategory : null },
        others.data ?? [],
        today,
        ruleTable,
        legalSettings,
      );
    } catch {
      return null;
    }
  }, [datesDirty, draft, matter, others.data, today, ruleTable, legalSettings]);

  const shown: ShownDeadline[] = preview
    ? preview.deadlines.map((d) => ({ ...d, overridden: d.override !== null, stored: null }))
    : matter.deadlines.map((d) => ({ ...d, overridden: d.override !== null, stored: d }));
  const warnings: MatterWarning[] = (preview ? preview.warnings : matter.warnings).map((w) => w.code);
  const timeline = timelineOf(preview ? { filedOn: dateOrNull(draft.filedOn), approvedOn: dateOrNull(draft.approvedOn), admittedOn: dateOrNull(draft.admittedOn), signedOn: dateOrNull(draft.signedOn) } : matter, shown);
  const trp = matter.type === 'ca_vtip_trp_initial' || matter.type === 'ca_vtip_trp_subsequent';
  const noMaintained = matter.noMaintainedStatus || trp || shown.some((d) => d.flags.includes('no_maintained_status'));
  const related = matter.principalMatterId ?? matter.baseMatterId;
  const relatedMatter = others.data?.find((m) => m.id === related);

  const save = () => {
    const p: Record<string, string> = {};
    for (const k of ['filedOn', 'approvedOn', 'admittedOn', 'signedOn'] as const) if (draft[k] && !isDate(draft[k])) p[k] = t('fieldErrors.invalid');
    if (draft.eadCategory && !/^[ac]\d{1,2}$/.test(draft.eadCategory)) p.eadCategory = t('legalPage.field.eadCategoryHelp');
    setProblems(p);
    if (Object.keys(p).length) return;
    const le = Object.values(draft.le).some((v) => v.trim() !== '') ? draft.le : null;
    const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
    update.mutate(
      {
        matterId: matter.id,
        version: matter.version,
        status: draft.status,
        receiptNumber: orNull(draft.receiptNumber),
        noticeNumber: orNull(draft.noticeNumber),
        filedOn: dateOrNull(draft.filedOn),
        approvedOn: dateOrNull(draft.approvedOn),
        admittedOn: dateOrNull(draft.admittedOn),
        signedOn: dateOrNull(draft.signedOn),
        eadCategory: orNull(draft.eadCategory),
        lawEnforcementContact: le,
      },
      { onSuccess: () => setMessage(msg('legalPage.matter.saved')) },
    );
  };

  return (
    <div className="matter-page" data-testid="matter-page">
      <div className="matter-nav">
        <Button className="button button-link back-link" onPress={onBack} data-testid="matter-back">
          ← {backLabel}
        </Button>
        {onOpenCase ? (
          <Button className="button button-small" onPress={() => onOpenCase(matter.caseId)} data-testid="matter-open-case">
            {t('legalPage.matter.openCase', { caseNumber: matter.caseNumber })}
          </Button>
        ) : null}
      </div>
      <div className="case-title-row">
        <PageTitle>
          <span className="case-number">{matter.caseNumber}</span> <span className="case-title-name">{t(TYPE_LABEL[matter.type])}</span>
        </PageTitle>
        <span className="status-chip" data-testid="matter-status-chip">
          {t(STATUS_LABEL[matter.status])}
        </span>
        <span className="badge">{t(`jurisdiction.${matter.jurisdiction}`)}</span>
      </div>
      {noMaintained ? (
        <div className="alert alert-error legal-nms" role="note" data-testid="no-maintained-status">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t('legalPage.matter.nmsTitle')}
            </strong>
          </p>
          <p>{t('legalPage.matter.nmsBody')}</p>
        </div>
      ) : null}
      {related !== null ? (
        <p className="small" data-testid="matter-related">
          {t(matter.principalMatterId !== null ? 'legalPage.matter.principal' : 'legalPage.matter.base')}{' '}
          <Button className="button button-link" onPress={() => onOpenMatter(related)} data-testid="matter-open-related">
            {relatedMatter ? t(TYPE_LABEL[relatedMatter.type]) : t('legalPage.matter.openRelated')}
          </Button>
        </p>
      ) : null}
      {warnings.length ? (
        <div className="alert alert-warning" role="note" data-testid="matter-warnings">
          <p>
            <strong>{t('legalPage.matter.warnings')}</strong>
          </p>
          <ul>
            {[...new Set(warnings)].map((w) => (
              <li key={w} data-testid={`matter-warning-${w}`}>
                {t(WARNING_LABEL[w])}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <StatusMessage testId="matter-status-message">{messageText}</StatusMessage>
      <section className="panel" aria-labelledby="matter-timeline-title">
        <h2 id="matter-timeline-title">
          {t('legalPage.timeline.heading')}
          {preview ? <span className="badge badge-state badge-pending">{t('legalPage.matter.previewing')}</span> : null}
        </h2>
        <MatterTimeline marks={timeline.marks} bands={timeline.bands} today={today} />
      </section>
      <div className="matter-grid">
        <section className="panel" aria-labelledby="matter-facts-title">
          <h2 id="matter-facts-title">{t('legalPage.matter.facts')}</h2>
          <FactsForm
            type={matter.type}
            draft={draft}
            onDraft={setDraft}
            dirty={dirty}
            onSave={save}
            onReset={() => setDraft(initial)}
            pending={update.isPending}
            error={update.error}
            problems={problems}
          />
        </section>
        <MatterDeadlines deadlines={shown} preview={preview !== null} onOverride={setOverriding} />
      </div>
      {isProceeding(matter.type) ? <ProceedingPanel matter={matter} /> : null}
      <MatterTasks tasks={matter.tasks} today={today} />
      {overriding ? (
        <OverrideDialog
          matter={matter}
          deadline={overriding}
          others={others.data ?? []}
          today={today}
          rules={ruleTable}
          settings={legalSettings}
          onClose={(m) => {
            setOverriding(null);
            if (m) setMessage(m);
          }}
        />
      ) : null}
    </div>
  );
}
