import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MATTER_STATUSES, type MatterStatus, type MatterType } from '../../../../shared/legal';
import type { LawEnforcementContact } from '../../../../shared/legal/schemas';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextInput } from '../../components/TextInput';
import type { HavenError } from '../../data/result';
import { STATUS_LABEL, isProceeding } from './labels';

export interface FactsDraft {
  status: MatterStatus;
  receiptNumber: string;
  noticeNumber: string;
  filedOn: string;
  approvedOn: string;
  admittedOn: string;
  signedOn: string;
  eadCategory: string;
  le: LawEnforcementContact;
}

const ADMITTED: ReadonlySet<MatterType> = new Set(['us_t_i914_principal', 'us_t_i914_derivative', 'us_u_i918_principal', 'us_u_i918_derivative']);
const SIGNED: ReadonlySet<MatterType> = new Set(['us_t_i914_supplement_b', 'us_u_i918_supplement_b']);
/** Continued Presence is requested by law enforcement; Supplement B is signed by it. */
const LAW_ENFORCEMENT: ReadonlySet<MatterType> = new Set(['us_continued_presence', 'us_t_i914_supplement_b', 'us_u_i918_supplement_b']);
const ISSUED: ReadonlySet<MatterType> = new Set(['ca_vtip_trp_initial', 'ca_vtip_trp_subsequent', 'ca_work_permit', 'ca_study_permit', 'us_ead']);

interface Props {
  type: MatterType;
  draft: FactsDraft;
  onDraft: (d: FactsDraft) => void;
  dirty: boolean;
  onSave: () => void;
  onReset: () => void;
  pending: boolean;
  error: HavenError | null;
  problems: Record<string, string>;
}

/**
 * The facts of a matter, as printed on its notices. Dates typed here re-draw the timeline and the deadline
 * list at once (a preview by the same engine the core stores with); nothing is kept until Save.
 */
export function FactsForm({ type, draft, onDraft, dirty, onSave, onReset, pending, error, problems }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<FactsDraft>) => onDraft({ ...draft, ...patch });
  const setLe = (patch: Partial<LawEnforcementContact>) => set({ le: { ...draft.le, ...patch } });
  const proceeding = isProceeding(type);
  return (
    <Form
      className="form legal-facts"
      validationErrors={problems}
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) onSave();
      }}
      data-testid="matter-facts"
    >
      <div className="form-grid">
        <SelectField label={t('legalPage.field.status')} options={MATTER_STATUSES.map((s) => ({ id: s, label: t(STATUS_LABEL[s]) }))} value={draft.status} onChange={(v) => set({ status: v as MatterStatus })} testId="matter-status" />
        <TextInput label={t(proceeding ? 'legalPage.field.caseReference' : 'legalPage.field.receiptNumber')} value={draft.receiptNumber} onChange={(v) => set({ receiptNumber: v })} maxLength={40} name="receiptNumber" testId="matter-receipt" />
        {!proceeding ? <TextInput label={t('legalPage.field.noticeNumber')} value={draft.noticeNumber} onChange={(v) => set({ noticeNumber: v })} maxLength={40} name="noticeNumber" testId="matter-notice" /> : null}
        {!proceeding ? <DateInput label={t('legalPage.field.filedOn')} value={draft.filedOn} onChange={(v) => set({ filedOn: v })} name="filedOn" errorMessage={problems.filedOn} testId="matter-filed" /> : null}
        {!proceeding ? (
          <DateInput label={t(ISSUED.has(type) ? 'legalPage.field.issuedOn' : 'legalPage.field.approvedOn')} value={draft.approvedOn} onChange={(v) => set({ approvedOn: v })} name="approvedOn" errorMessage={problems.approvedOn} testId="matter-approved" />
        ) : null}
        {ADMITTED.has(type) ? <DateInput label={t('legalPage.field.admittedOn')} description={t('legalPage.field.admittedHelp')} value={draft.admittedOn} onChange={(v) => set({ admittedOn: v })} name="admittedOn" errorMessage={problems.admittedOn} testId="matter-admitted" /> : null}
        {SIGNED.has(type) ? <DateInput label={t('legalPage.field.signedOn')} value={draft.signedOn} onChange={(v) => set({ signedOn: v })} name="signedOn" errorMessage={problems.signedOn} testId="matter-signed" /> : null}
        {type === 'us_ead' ? <TextInput label={t('legalPage.field.eadCategory')} description={t('legalPage.field.eadCategoryHelp')} value={draft.eadCategory} onChange={(v) => set({ eadCategory: v })} maxLength={3} name="eadCategory" testId="matter-ead-category" /> : null}
      </div>
      {LAW_ENFORCEMENT.has(type) ? (
        <fieldset className="fieldset">
          <legend>{t('legalPage.field.lawEnforcement')}</legend>
          <p className="muted small">{t(type === 'us_continued_presence' ? 'legalPage.field.lawEnforcementCp' : 'legalPage.field.lawEnforcementSupB')}</p>
          <div className="form-grid">
            <TextInput label={t('legalPage.field.leName')} value={draft.le.name} onChange={(v) => setLe({ name: v })} maxLength={120} testId="matter-le-name" />
            <TextInput label={t('legalPage.field.leAgency')} value={draft.le.agency} onChange={(v) => setLe({ agency: v })} maxLength={160} testId="matter-le-agency" />
            <TextInput label={t('legalPage.field.lePhone')} value={draft.le.phone} onChange={(v) => setLe({ phone: v })} maxLength={40} testId="matter-le-phone" />
            <TextInput label={t('legalPage.field.leEmail')} value={draft.le.email} onChange={(v) => setLe({ email: v })} maxLength={160} testId="matter-le-email" />
          </div>
        </fieldset>
      ) : null}
      <ErrorMessage error={error} />
      <div className="actions">
        {dirty ? <span className="badge badge-state badge-pending" data-testid="matter-preview-badge">{t('legalPage.matter.previewing')}</span> : null}
        <Button className="button" onPress={onReset} isDisabled={!dirty} data-testid="matter-reset">
          {t('legalPage.matter.reset')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={!dirty} data-busy={pending || undefined} data-testid="matter-save">
          {t('legalPage.matter.save')}
        </Button>
      </div>
    </Form>
  );
}
