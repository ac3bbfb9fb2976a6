import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Packet } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Title } from './Title';
import { PrintPortal } from '../../components/PrintPortal';
import { useProducePacket, usePacketPreview, useReferral } from '../../data/referrals';
import { useSettings } from '../../data/settings';
import { useFormat } from '../../i18n/format';
import { inVocabulary, vocabKey, type Vocabulary } from '../cases/vocab';
import { ConsentRefusal } from './ConsentRefusal';
import { CATEGORY_LABEL, URGENCY_LABEL } from './labels';

const FIELD_LABEL: Record<string, string> = {
  givenName: 'packet.field.givenName',
  familyName: 'packet.field.familyName',
  aliases: 'packet.field.aliases',
  dateOfBirth: 'packet.field.dateOfBirth',
  ageBand: 'packet.field.ageBand',
  gender: 'packet.field.gender',
  languages: 'packet.field.languages',
  preferredName: 'packet.field.preferredName',
  method: 'packet.field.method',
  doNotContact: 'packet.field.doNotContact',
  unsafePersonMayMonitor: 'packet.field.unsafePersonMayMonitor',
  caseNumber: 'packet.field.caseNumber',
  status: 'packet.field.status',
  openedAt: 'packet.field.openedAt',
  traffickingType: 'packet.field.traffickingType',
  instrument: 'packet.field.instrument',
  band: 'packet.field.band',
  completedAt: 'packet.field.completedAt',
  citizenship: 'packet.field.citizenship',
  nationality: 'packet.field.nationality',
  document: 'packet.field.document',
  withheld: 'packet.field.withheld',
};

/** Field values that are codes of a case vocabulary, worded in the UI language. */
const VALUE_VOCAB: Record<string, Vocabulary> = { gender: 'gender', ageBand: 'ageBand', status: 'status', traffickingType: 'traffickingType', band: 'band', citizenship: 'citizenship' };

/** The printable packet: only the categories the release covers, with its reference and expiry on it. */
function PacketSheet({ packet, centre }: { packet: Packet; centre: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = (key: string) => t(FIELD_LABEL[key.split('.')[0]!] ?? 'packet.field.other');
  const value = (key: string, v: string) => {
    if (key === 'withheld') return t('packet.withheld');
    // Calendar dates (YYYY-MM-DD) read in the UI language, at noon so no time zone moves the day.
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return fmt.date(`${v}T12:00:00`);
    const vocab = VALUE_VOCAB[key];
    return vocab && inVocabulary(vocab, v) ? t(vocabKey(vocab, v)) : v;
  };
  return (
    <article className="print-sheet packet-sheet" data-testid="packet-sheet">
      <h2>{t('packet.sheetTitle')}</h2>
      <p className="small">
        {centre} · {t('packet.caseRef', { caseNumber: packet.caseNumber })}
      </p>
      <dl className="facts packet-facts">
        <dt>{t('packet.to')}</dt>
        <dd>
          {packet.agencyName}
          {packet.serviceName ? ` — ${packet.serviceName}` : ''}
        </dd>
        <dt>{t('referralsPage.urgency')}</dt>
        <dd>{t(URGENCY_LABEL[packet.urgency])}</dd>
        <dt>{t('referralsPage.reason')}</dt>
        <dd className="pre-wrap">{packet.reason}</dd>
        <dt>{t('packet.consent')}</dt>
        <dd data-testid="packet-consent">{t('packet.consentRef', { id: packet.consent.id, expires: fmt.dateTime(packet.consent.expiresAt) })}</dd>
        <dt>{t('packet.included')}</dt>
        <dd>{packet.consent.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ')}</dd>
      </dl>
      {packet.sections.map((s) => (
        <section key={s.category} className="packet-section" data-category={s.category}>
          <h3>{t(CATEGORY_LABEL[s.category])}</h3>
          {s.fields.length ? (
            <dl className="facts">
              {s.fields.map((f) => (
                <div key={f.key} className="facts-row">
                  <dt>{label(f.key)}</dt>
                  <dd>{value(f.key, f.value)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted small">{t('packet.sectionEmpty')}</p>
          )}
        </section>
      ))}
      <p className="small packet-foot">{packet.producedAt ? t('packet.foot', { when: fmt.dateTime(packet.producedAt) }) : t('packet.previewFoot', { when: fmt.dateTime(packet.generatedAt) })}</p>
    </article>
  );
}

/**
 * Preview, then the explicit audited act of producing the packet, then Print. The preview is asked for
 * each time it is shown, so a release revoked or expired since stops it here with the reason.
 */
export function PacketView({ referralId, onBack, inCase = false }: { referralId: number; onBack: () => void; inCase?: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const referral = useReferral(referralId);
  const preview = usePacketPreview(referralId);
  const produce = useProducePacket();
  const [produced, setProduced] = useState<Packet | null>(null);
  const centre = settings.data?.centreName ?? '';
  const refused = preview.error?.code === 'CONSENT_REQUIRED' ? preview.error : produce.error?.code === 'CONSENT_REQUIRED' ? produce.error : null;

  return (
    <div className="packet-page" data-testid="packet-page">
      <Button className="button button-link back-link" onPress={onBack} data-testid="packet-back">
        ← {t('packet.back')}
      </Button>
      <Title inCase={inCase}>{t('packet.title')}</Title>
      <p className="muted small">{t('packet.intro')}</p>
      {refused ? <ConsentRefusal error={refused} agency={referral.data?.agencyName ?? ''} title="packet.refusedTitle" /> : <ErrorMessage error={preview.error ?? produce.error} />}
      {preview.data && !refused ? (
        <>
          <div className="actions actions-start">
            {produced ? (
              <Button className="button button-primary" onPress={() => window.print()} data-testid="packet-print">
                {t('packet.print')}
              </Button>
            ) : (
              <Button
                className="button button-primary"
                data-busy={produce.isPending || undefined}
                isDisabled={!referral.data}
                onPress={() => referral.data && !produce.isPending && produce.mutate({ referralId, version: referral.data.version }, { onSuccess: setProduced })}
                data-testid="packet-produce"
              >
                {t('packet.produce')}
              </Button>
            )}
            <span className="muted small" role="status" data-testid="packet-state">
              {produced ? t('packet.producedReady') : t('packet.previewOnly')}
            </span>
          </div>
          <div className="sheet-preview">
            <PacketSheet packet={produced ?? preview.data} centre={centre} />
          </div>
          {produced ? (
            <PrintPortal>
              <PacketSheet packet={produced} centre={centre} />
            </PrintPortal>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
