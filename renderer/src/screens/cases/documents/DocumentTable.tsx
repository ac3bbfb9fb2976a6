import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../../../shared/cases/schemas';
import { useFormat } from '../../../i18n/format';
import { vocabKey } from '../vocab';

interface Props {
  docs: CaseDocument[];
  busyId: number | null;
  onView: (d: CaseDocument) => void;
  onExport: (d: CaseDocument) => void;
}

/** The case's documents; opening and saving a copy are separate, explicit (and audited) actions. */
export function DocumentTable({ docs, busyId, onView, onExport }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="document-table">
        <caption className="visually-hidden">{t('documentsPage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documentsPage.name')}</th>
            <th scope="col">{t('documentsPage.kind')}</th>
            <th scope="col">{t('documentsPage.legalColumn')}</th>
            <th scope="col">{t('documentsPage.size')}</th>
            <th scope="col">{t('documentsPage.uploadedBy')}</th>
            <th scope="col">{t('documentsPage.uploadedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('staffPage.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => (
            <tr key={d.id} data-testid={`document-row-${d.id}`}>
              <th scope="row" className="document-name">
                {d.filename}
              </th>
              <td>{t(vocabKey('documentKind', d.kind))}</td>
              <td>{d.legal ? <span className="badge badge-legal">{t('documentsPage.legalBadge')}</span> : <span className="muted">—</span>}</td>
              <td className="nowrap">{fmt.bytes(d.size)}</td>
              <td>{d.uploadedBy}</td>
              <td className="nowrap">{fmt.dateTime(d.uploadedAt)}</td>
              <td>
                <div className="row-actions">
                  <Button className="button button-small" data-busy={busyId === d.id || undefined} onPress={() => onView(d)} aria-label={`${t('documentsPage.open')}: ${d.filename}`} data-testid={`document-open-${d.id}`}>
                    {t('documentsPage.open')}
                  </Button>
                  <Button className="button button-small" data-busy={busyId === d.id || undefined} onPress={() => onExport(d)} aria-label={`${t('documentsPage.saveCopy')}: ${d.filename}`} data-testid={`document-export-${d.id}`}>
                    {t('documentsPage.saveCopy')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
