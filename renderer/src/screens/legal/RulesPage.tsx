import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RULES_EPOCH, type DeadlineKind } from '../../../../shared/legal';
import type { MatterDetail } from '../../../../shared/legal/schemas';
import { haven } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { legalKeys, useAdoptRule, useRuleImpact, useRules } from '../../data/legal';
import { unwrap } from '../../data/result';
import { msg, useMessageText, type Message } from './message';
import { useIsoDay } from './isoDay';
import { CONFIDENCE_LABEL, KIND_LABEL, TYPE_LABEL } from './labels';

type Row = NonNullable<ReturnType<typeof useRules>['data']>[number];

/** Which matters a version would change, and how, before anyone adopts it (legal aides, on their cases). */
function ImpactPanel({ rule, onOpenMatter, onClose }: { rule: Row; onOpenMatter: (id: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const qc = useQueryClient();
  const impact = useRuleImpact(rule.id, rule.version, true);
  const adopt = useAdoptRule();
  const [message, setMessage] = useState<Message | null>(null);
  const messageText = useMessageText(message);
  const rows = impact.data ?? [];
  // The panel opens above the table, far from the row's button: focus (and the view) moves to its heading.
  useEffect(() => {
    document.querySelector<HTMLElement>('#rule-impact-title')?.focus();
  }, []);
  const when = (d: string | null) => (d === 'absent' ? t('legalPage.rules.absent') : d === null ? t('legalPage.deadline.noDate') : day.day(d));
  const label = (kind: string) => (kind in KIND_LABEL ? t(KIND_LABEL[kind as DeadlineKind]) : kind);

  const doAdopt = async (matterId: number) => {
    if (adopt.isPending) return;
    // The adoption names the matter's version: read it now, so a change since the preview is not overwritten.
    const m = await qc.fetchQuery<MatterDetail>({ queryKey: legalKeys.matter(matterId), queryFn: () => unwrap(haven.legal['matters.get']({ matterId })), staleTime: 0 });
    adopt.mutate(
      { matterId, ruleId: rule.id, ruleVersion: rule.version, version: m.version },
      {
        onSuccess: (detail) => {
          setMessage(msg('legalPage.rules.adopted', { caseNumber: detail.caseNumber, version: rule.version }));
          void impact.refetch();
        },
      },
    );
  };

  return (
    <section className="panel rule-impact" aria-labelledby="rule-impact-title" data-testid="rule-impact">
      <div className="section-head">
        <h3 id="rule-impact-title" tabIndex={-1}>
          {t('legalPage.rules.impactTitle', { rule: rule.id, version: rule.version })}
        </h3>
        <Button className="button button-small" onPress={onClose} data-testid="rule-impact-close">
          {t('common.close')}
        </Button>
      </div>
      <p className="muted small">{t('legalPage.rules.impactIntro')}</p>
      <StatusMessage testId="rule-impact-status">{messageText}</StatusMessage>
      <ErrorMessage error={impact.error ?? adopt.error} />
      {impact.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {impact.data && rows.length === 0 ? (
        <p className="empty-state" data-testid="rule-impact-none">
          {t('legalPage.rules.noChange')}
        </p>
      ) : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table table-compact" data-testid="rule-impact-table">
            <caption className="visually-hidden">{t('legalPage.rules.impactTitle', { rule: rule.id, version: rule.version })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.col.case')}</th>
                <th scope="col">{t('legalPage.col.matter')}</th>
                <th scope="col">{t('legalPage.rules.changes')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legalPage.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.matterId} data-testid={`rule-impact-${r.matterId}`}>
                  <th scope="row" className="case-number">
                    {r.caseNumber}
                  </th>
                  <td>
                    {t(TYPE_LABEL[r.matterType])}
                    <div className="muted small">{r.fromVersion ? t('legalPage.rules.fromVersion', { version: r.fromVersion }) : t('legalPage.rules.noVersion')}</div>
                  </td>
                  <td>
                    <ul className="plain-list small">
                      {r.changes.map((c) => (
                        <li key={c.key}>
                          {label(c.kind)}: {when(c.before)} → <strong>{when(c.after)}</strong>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="nowrap">
                    <div className="row-actions">
                      <Button className="button button-small" onPress={() => onOpenMatter(r.matterId)} data-testid={`rule-impact-open-${r.matterId}`}>
                        {t('legalPage.openMatter')}
                      </Button>
                      <Button className="button button-small button-primary" onPress={() => void doAdopt(r.matterId)} data-busy={adopt.isPending || undefined} data-testid={`rule-impact-adopt-${r.matterId}`}>
                        {t('legalPage.rules.adopt', { version: rule.version })}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The deadline rules as data: each version with its jurisdiction, effective date and source, so a legal aide
 * can check a computed date against the law it came from. Matters keep the version they were computed under;
 * "Preview" shows what a version would change on this legal aide's matters before they adopt it.
 */
export function RulesPage({ canPreview, onOpenMatter }: { canPreview: boolean; onOpenMatter: (id: number) => void }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const rules = useRules();
  const [previewing, setPreviewing] = useState<Row | null>(null);
  const rows = [...(rules.data ?? [])].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.id.localeCompare(b.id) || a.version - b.version);
  return (
    <section aria-labelledby="legal-rules-title" data-testid="legal-rules">
      <h2 id="legal-rules-title" className="visually-hidden">
        {t('legalPage.rules.title')}
      </h2>
      <p className="muted">{t('legalPage.rules.intro')}</p>
      <ErrorMessage error={rules.error} />
      {previewing ? <ImpactPanel key={`${previewing.id}@${previewing.version}`} rule={previewing} onOpenMatter={onOpenMatter} onClose={() => setPreviewing(null)} /> : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table table-compact legal-rule-table" data-testid="legal-rule-table">
            <caption className="visually-hidden">{t('legalPage.rules.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.rules.rule')}</th>
                <th scope="col">{t('legalPage.filter.jurisdiction')}</th>
                <th scope="col">{t('legalPage.rules.version')}</th>
                <th scope="col">{t('legalPage.rules.effectiveFrom')}</th>
                <th scope="col">{t('legalPage.rules.source')}</th>
                {canPreview ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('legalPage.col.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.id}@${r.version}`} data-testid={`rule-${r.id}-${r.version}`} className={r.inForce ? undefined : 'row-inactive'}>
                  <th scope="row">
                    <code className="rule-id">{r.id}</code>
                    {/* Rule data is written in English (shared/legal/rules): marked so screen readers read it as such. */}
                    <div className="rule-computes" lang="en">
                      {r.computes}
                    </div>
                  </th>
                  <td className="nowrap">{t(`jurisdiction.${r.jurisdiction}`)}</td>
                  <td className="nowrap">
                    v{r.version}
                    <div>
                      <span className={r.inForce ? 'badge badge-state badge-active' : 'badge badge-state badge-expired'}>{r.inForce ? t('legalPage.rules.inForce') : t('legalPage.rules.notInForce')}</span>
                    </div>
                  </td>
                  <td>{r.effectiveFrom === RULES_EPOCH || !r.effectiveFromStated ? <span className="muted">{t('legalPage.rules.noDateStated')}</span> : day.day(r.effectiveFrom)}</td>
                  <td className="rule-source">
                    <cite lang="en">{r.source}</cite>
                    <div className="small muted">{t(CONFIDENCE_LABEL[r.confidence])}</div>
                  </td>
                  {canPreview ? (
                    <td className="nowrap">
                      <Button className="button button-small" onPress={() => setPreviewing(r)} data-testid={`rule-preview-${r.id}-${r.version}`}>
                        {t('legalPage.rules.preview')}
                        <span className="visually-hidden"> {t('legalPage.rules.previewFor', { rule: r.id, version: r.version })}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
