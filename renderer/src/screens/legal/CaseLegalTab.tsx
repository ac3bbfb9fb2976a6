import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BASE_TYPES, DERIVATIVE_OF, MATTER_TYPES, TYPE_JURISDICTIONS, type MatterJurisdiction, type MatterType } from '../../../../shared/legal';
import type { Matter } from '../../../../shared/legal/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { useCaseMatters, useCreateMatter } from '../../data/legal';
import type { CaseTabProps } from '../cases/page/tabProps';
import { msg, useMessageText, type Message } from './message';
import { useIsoDay } from './isoDay';
import { KIND_LABEL, STATUS_LABEL, TYPE_LABEL } from './labels';
import { MatterPage } from './MatterPage';
import { UrgencyBadge } from './UrgencyBadge';

const NONE = 'none';

/** A new matter: type, jurisdiction (where the type allows both), and the principal or base it belongs to. */
function NewMatterDialog({ caseId, matters, centre, onClose }: { caseId: number; matters: readonly Matter[]; centre: MatterJurisdiction; onClose: (created?: Matter) => void }) {
  const { t } = useTranslation();
  const create = useCreateMatter();
  const [type, setType] = useState<MatterType>(centre === 'CA' ? 'ca_vtip_trp_initial' : 'us_t_i914_principal');
  const jurisdictions = TYPE_JURISDICTIONS[type];
  const [jurisdiction, setJurisdiction] = useState<MatterJurisdiction>(centre);
  const j = jurisdictions.includes(jurisdiction) ? jurisdiction : jurisdictions[0]!;
  const principalType = DERIVATIVE_OF[type];
  const baseTypes = BASE_TYPES[type];
  const candidates = matters.filter((m) => (principalType ? m.type === principalType : baseTypes?.includes(m.type)));
  const [link, setLink] = useState<string>(NONE);
  const linkValue = candidates.some((m) => String(m.id) === link) ? link : principalType && candidates[0] ? String(candidates[0].id) : NONE;
  const [problem, setProblem] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    if (principalType && linkValue === NONE) {
      setProblem({ link: t('legalPage.case.needsPrincipal') });
      return;
    }
    const linked = linkValue === NONE ? null : Number(linkValue);
    create.mutate(
      { caseId, type, jurisdiction: j, ...(principalType ? { principalMatterId: linked } : baseTypes ? { baseMatterId: linked } : {}) },
      { onSuccess: (m) => onClose(m) },
    );
  };
  const label = (m: Matter) => `${t(TYPE_LABEL[m.type])} · ${t(STATUS_LABEL[m.status])}${m.receiptNumber ? ` · ${m.receiptNumber}` : ''}`;
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('legalPage.case.newTitle')} testId="new-matter-dialog">
      <Form onSubmit={submit} className="form" validationErrors={problem}>
        <SelectField label={t('legalPage.field.type')} options={MATTER_TYPES.map((m) => ({ id: m, label: t(TYPE_LABEL[m]) }))} value={type} onChange={(v) => setType(v as MatterType)} testId="new-matter-type" />
        {jurisdictions.length > 1 ? (
          <SelectField label={t('legalPage.filter.jurisdiction')} options={jurisdictions.map((x) => ({ id: x, label: t(`jurisdiction.${x}`) }))} value={j} onChange={(v) => setJurisdiction(v as MatterJurisdiction)} testId="new-matter-jurisdiction" />
        ) : (
          <p className="small muted">
            {t('legalPage.filter.jurisdiction')}: {t(`jurisdiction.${j}`)}
          </p>
        )}
        {principalType || baseTypes ? (
          <SelectField
            label={t(principalType ? 'legalPage.field.principal' : 'legalPage.field.base')}
            description={t(principalType ? 'legalPage.field.principalHelp' : 'legalPage.field.baseHelp')}
            options={[...(principalType ? [] : [{ id: NONE, label: t('legalPage.field.noBase') }]), ...candidates.map((m) => ({ id: String(m.id), label: label(m) }))]}
            value={candidates.length || !principalType ? linkValue : null}
            onChange={setLink}
            placeholder={t('legalPage.case.noPrincipal')}
            errorMessage={problem.link}
            testId="new-matter-link"
          />
        ) : null}
        <ErrorMessage error={create.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={create.isPending || undefined} data-testid="new-matter-save">
            {t('legalPage.case.create')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}

/** The case's legal matters for a legal aide on it: each with its next deadline; one opens in place. */
export function CaseLegalTab({ file }: CaseTabProps) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const caseId = file.header.id;
  const matters = useCaseMatters(caseId);
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const messageText = useMessageText(message);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>(open === null ? '#case-legal-title' : '#page-title')?.focus();
  }, [open]);
  const rows = matters.data ?? [];
  const centre: MatterJurisdiction = rows[0]?.jurisdiction ?? 'US';

  if (open !== null) return <MatterPage key={open} matterId={open} backLabel={t('legalPage.case.back')} onBack={() => setOpen(null)} onOpenMatter={setOpen} />;
  return (
    <section aria-labelledby="case-legal-title" data-testid="case-legal-tab">
      <div className="section-head">
        <h2 id="case-legal-title" tabIndex={-1}>
          {t('legalPage.case.title')}
        </h2>
        <Button className="button button-primary" onPress={() => setCreating(true)} data-testid="matter-create-open">
          {t('legalPage.case.add')}
        </Button>
      </div>
      <p className="muted small">{t('legalPage.case.confidential')}</p>
      <StatusMessage testId="case-legal-status">{messageText}</StatusMessage>
      <ErrorMessage error={matters.error} />
      {matters.data && rows.length === 0 ? <p className="empty-state">{t('legalPage.case.none')}</p> : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table" data-testid="case-matter-table">
            <caption className="visually-hidden">{t('legalPage.case.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.col.matter')}</th>
                <th scope="col">{t('legalPage.field.status')}</th>
                <th scope="col">{t('legalPage.case.next')}</th>
                <th scope="col">{t('legalPage.case.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} data-testid={`case-matter-${m.id}`}>
                  <th scope="row">
                    <Button className="button-link" onPress={() => setOpen(m.id)} data-testid={`case-matter-open-${m.id}`}>
                      {t(TYPE_LABEL[m.type])}
                    </Button>
                    <div className="muted small">
                      {t(`jurisdiction.${m.jurisdiction}`)}
                      {m.receiptNumber ? ` · ${m.receiptNumber}` : ''}
                      {m.noMaintainedStatus ? (
                        <span className="flag flag-loud">
                          {' '}
                          · <span aria-hidden="true">⚠ </span>
                          {t('legalPage.flag.no_maintained_status')}
                        </span>
                      ) : null}
                    </div>
                  </th>
                  <td>
                    <span className="status-chip">{t(STATUS_LABEL[m.status])}</span>
                  </td>
                  <td>
                    {m.next ? (
                      <>
                        {t(KIND_LABEL[m.next.kind])} · <span className="nowrap">{day.day(m.next.date)}</span> <UrgencyBadge urgency={m.next.urgency} />
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="nowrap">{m.expiresOn ? day.day(m.expiresOn) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {creating ? (
        <NewMatterDialog
          caseId={caseId}
          matters={rows}
          centre={centre}
          onClose={(m) => {
            setCreating(false);
            if (m) {
              setMessage(msg('legalPage.case.created'));
              setOpen(m.id);
            }
          }}
        />
      ) : null}
    </section>
  );
}
