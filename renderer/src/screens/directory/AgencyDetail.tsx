import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useAgreements, useDirectory } from '../../data/directory';
import { useFormat } from '../../i18n/format';
import { AGREEMENT_STATUS_LABEL, CATEGORY_LABEL, COUNTRY_LABEL, IMMIGRATION_KIND_LABEL, languageName, RELATION_LABEL, SERVICE_TYPE_LABEL } from '../referrals/labels';
import { AgencyDialog } from './AgencyDialog';
import { agreementState } from './agreementState';
import { ServiceDialog } from './ServiceDialog';

interface Props {
  agencyId: number;
  isAdmin: boolean;
  onBack: () => void;
}

/** One agency: where and when, who it serves, how to reach it safely, its services and its agreements. */
export function AgencyDetail({ agencyId, isAdmin, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const list = useDirectory({ includeArchived: true });
  const agreements = useAgreements(agencyId);
  const [editing, setEditing] = useState(false);
  const [service, setService] = useState<Service | 'new' | null>(null);
  const a = list.data?.find((x) => x.id === agencyId);

  return (
    <div className="agency-detail" data-testid="agency-detail">
      <Button className="button button-link back-link" onPress={onBack} data-testid="back-to-directory">
        ← {t('directoryPage.back')}
      </Button>
      <div className="case-title-row">
        <PageTitle>{a?.name ?? t('common.loading')}</PageTitle>
        {a ? <span className={`badge badge-relation badge-${a.relation}`}>{t(RELATION_LABEL[a.relation])}</span> : null}
        {a?.lawEnforcement ? <span className="badge badge-warn">{t('directoryPage.lawEnforcement')}</span> : null}
        {isAdmin && a ? (
          <Button className="button button-small" onPress={() => setEditing(true)} data-testid="agency-edit">
            {t('directoryPage.editAgency')}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={list.error} />
      {a ? (
        <>
          {a.lawEnforcement ? <p className="alert alert-warning">{t('directoryPage.lawEnforcementHelp')}</p> : null}
          <section className="panel" aria-labelledby="agency-facts-title">
            <h2 id="agency-facts-title">{t('directoryPage.about')}</h2>
            <dl className="facts facts-wide">
              <dt>{t('directoryPage.country')}</dt>
              <dd>
                {t(COUNTRY_LABEL[a.country])}
                {a.region ? ` · ${a.region}` : ''}
              </dd>
              <dt>{t('directoryPage.address')}</dt>
              <dd className="pre-wrap">{a.address || '—'}</dd>
              <dt>{t('directoryPage.hours')}</dt>
              <dd className="pre-wrap">{a.hours || '—'}</dd>
              <dt>{t('directoryPage.languages')}</dt>
              <dd>{a.languages.length ? a.languages.map((l) => languageName(l, i18n.language)).join(', ') : '—'}</dd>
              <dt>{t('directoryPage.eligibility')}</dt>
              <dd className="pre-wrap">{a.eligibility || '—'}</dd>
              <dt>{t('directoryPage.secureContact')}</dt>
              <dd className="pre-wrap">{a.secureContact || '—'}</dd>
            </dl>
          </section>
          <section className="section" aria-labelledby="agency-services-title">
            <div className="section-head">
              <h2 id="agency-services-title">{t('directoryPage.services')}</h2>
              {isAdmin ? (
                <Button className="button button-small" onPress={() => setService('new')} data-testid="service-add">
                  {t('directoryPage.addService')}
                </Button>
              ) : null}
            </div>
            {a.services.length === 0 ? <p className="muted">{t('directoryPage.noServices')}</p> : null}
            {a.services.length ? (
              <div className="table-wrap" data-scroll-x>
                <table className="table" data-testid="service-table">
                  <caption className="visually-hidden">{t('directoryPage.services')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('directoryPage.serviceName')}</th>
                      <th scope="col">{t('directoryPage.serviceType')}</th>
                      <th scope="col">{t('directoryPage.capacity')}</th>
                      {isAdmin ? (
                        <th scope="col">
                          <span className="visually-hidden">{t('directoryPage.actions')}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {a.services.map((s) => (
                      <tr key={s.id} className={s.archived ? 'row-inactive' : undefined} data-testid={`service-row-${s.id}`}>
                        <th scope="row">
                          {s.name}
                          {s.description ? <div className="muted small pre-wrap">{s.description}</div> : null}
                        </th>
                        <td>
                          {t(SERVICE_TYPE_LABEL[s.type])}
                          {s.immigrationKinds.length ? <div className="muted small">{s.immigrationKinds.map((k) => t(IMMIGRATION_KIND_LABEL[k])).join(', ')}</div> : null}
                          {s.archived ? <div className="muted small">{t('directoryPage.archived')}</div> : null}
                        </td>
                        <td>{s.capacityNote || '—'}</td>
                        {isAdmin ? (
                          <td>
                            <div className="row-actions">
                              <Button className="button button-small" onPress={() => setService(s)} aria-label={`${t('directoryPage.editService')}: ${s.name}`} data-testid={`service-edit-${s.id}`}>
                                {t('directoryPage.editService')}
                              </Button>
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
          <section className="section" aria-labelledby="agency-agreements-title">
            <h2 id="agency-agreements-title">{t('agreementsPage.title')}</h2>
            {a.relation === 'internal' ? <p className="muted small">{t('agreementsPage.internalNone')}</p> : null}
            {a.relation !== 'internal' && agreements.data?.length === 0 ? <p className="alert alert-warning">{t('agreementsPage.noneForAgency')}</p> : null}
            <ul className="plain-list">
              {(agreements.data ?? []).map((g) => {
                const st = agreementState(g);
                return (
                  <li key={g.id} data-testid={`agency-agreement-${g.id}`}>
                    <span className={`badge badge-state badge-${st}`}>{t(AGREEMENT_STATUS_LABEL[st])}</span> {t('agreementsPage.period', { from: fmt.date(g.effectiveFrom), to: fmt.date(g.endsAt) })} ·{' '}
                    {g.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ')}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      ) : null}
      {editing && a ? <AgencyDialog agency={a} onClose={() => setEditing(false)} /> : null}
      {service !== null && a ? <ServiceDialog agencyId={a.id} service={service === 'new' ? null : service} onClose={() => setService(null)} /> : null}
    </div>
  );
}
