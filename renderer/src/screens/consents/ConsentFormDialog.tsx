import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/referrals/schemas';
import { ModalDialog } from '../../components/ModalDialog';
import { PrintPortal } from '../../components/PrintPortal';
import { useSettings } from '../../data/settings';
import { CATEGORY_HELP, CATEGORY_LABEL } from '../referrals/labels';

/**
 * The release form in the survivor's language (the one recorded on the consent), in plain words, listing
 * exactly the categories, the agency, the purpose and the dates. Shown, then printed for signature.
 */
export function ConsentFormDialog({ consent, caseNumber, onClose }: { consent: Consent; caseNumber: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const lang = ['en', 'fr-CA', 'es'].includes(consent.language) ? consent.language : 'en';
  const f = i18n.getFixedT(lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const day = (iso: string | null) => (iso ? date.format(new Date(iso)) : '—');
  const sheet = (
    <article className="print-sheet consent-form" lang={lang} data-testid="consent-form-sheet">
      <h2>{f('consentForm.title')}</h2>
      <p className="muted small">
        {settings.data?.centreName} · {f('consentForm.reference', { id: consent.id, caseNumber })}
      </p>
      <p>{f('consentForm.intro', { centre: settings.data?.centreName ?? '', agency: consent.agencyName })}</p>
      <h3>{f('consentForm.whatTitle')}</h3>
      <ul>
        {consent.categories.map((c) => (
          <li key={c}>
            <strong>{f(CATEGORY_LABEL[c])}</strong> — {f(CATEGORY_HELP[c])}
          </li>
        ))}
      </ul>
      <p>{f('consentForm.nothingElse')}</p>
      <h3>{f('consentForm.whyTitle')}</h3>
      <p>{consent.purpose}</p>
      <h3>{f('consentForm.whenTitle')}</h3>
      <p>{f('consentForm.when', { from: day(consent.startsAt), to: day(consent.expiresAt) })}</p>
      <h3>{f('consentForm.rightsTitle')}</h3>
      <ul>
        <li>{f('consentForm.rightRevoke')}</li>
        <li>{f('consentForm.rightNoEffect')}</li>
        <li>{f('consentForm.rightCopy')}</li>
      </ul>
      <div className="signature-lines">
        <p>{f('consentForm.signature')} ______________________________</p>
        <p>{f('consentForm.date')} ____________________</p>
        <p>{f('consentForm.staff')} ______________________________</p>
      </div>
    </article>
  );
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.printForm')} testId="consent-form-dialog" wide>
      <p className="muted small">{t('consentsPage.formIn', { language: t(lang === 'fr-CA' ? 'consentsPage.langFrCA' : lang === 'es' ? 'consentsPage.langEs' : 'consentsPage.langEn') })}</p>
      <div className="sheet-preview" role="region" aria-label={t('consentsPage.printForm')}>
        {sheet}
      </div>
      <PrintPortal>{sheet}</PrintPortal>
      <div className="actions">
        <Button className="button" slot="close">
          {t('common.close')}
        </Button>
        <Button className="button button-primary" onPress={() => window.print()} data-testid="consent-form-print">
          {t('consentsPage.print')}
        </Button>
      </div>
    </ModalDialog>
  );
}
