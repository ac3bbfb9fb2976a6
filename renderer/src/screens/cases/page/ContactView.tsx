import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../../shared/cases/schemas';
import { vocabKey } from '../vocab';
import { SafetyBanner } from './SafetyBanner';

/** Contact details, read-only, under their safety banner (the case page shows it once, above its tabs). */
export function ContactView({ contact, banner = true }: { contact: Contact; banner?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="contact-view" data-testid="contact-view">
      {banner ? <SafetyBanner contact={contact} /> : null}
      <dl className="facts">
        <dt>{t('contactForm.preferredName')}</dt>
        <dd>{contact.preferredName || <span className="muted">{t('contactForm.none')}</span>}</dd>
        <dt>{t('contactForm.safetyNotes')}</dt>
        <dd className="pre-wrap">{contact.safetyNotes || <span className="muted">{t('contactForm.none')}</span>}</dd>
      </dl>
      {contact.methods.length ? (
        <table className="table table-compact" data-testid="contact-methods">
          <caption className="visually-hidden">{t('contactForm.methods')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contactForm.kind')}</th>
              <th scope="col">{t('contactForm.value')}</th>
              <th scope="col">{t('contactForm.safeToLeaveMessage')}</th>
              <th scope="col">{t('contactForm.safeTimes')}</th>
            </tr>
          </thead>
          <tbody>
            {contact.methods.map((m, i) => (
              <tr key={i}>
                <th scope="row">{t(vocabKey('contactKind', m.kind))}</th>
                <td>{m.value || '—'}</td>
                <td className={m.safeToLeaveMessage === 'yes' ? undefined : 'risky-cell'}>{t(vocabKey('yesNoUnknown', m.safeToLeaveMessage))}</td>
                <td>{m.safeTimes || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('contactForm.noMethods')}</p>
      )}
    </div>
  );
}
