import { useEffect, useMemo, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AGENCY_RELATIONS, COUNTRIES, SERVICE_TYPES } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, type Option } from '../../components/SelectField';
import { useDirectory } from '../../data/directory';
import { useFormat } from '../../i18n/format';
import { COUNTRY_LABEL, languageName, RELATION_LABEL, SERVICE_TYPE_LABEL } from '../referrals/labels';
import { AgencyDialog } from './AgencyDialog';
import { directoryParams, FILTER_LANGUAGES, INITIAL_FILTERS, isFiltered, type Filters } from './filters';

interface Props {
  filters: Filters;
  onFilters: (f: Filters) => void;
  isAdmin: boolean;
  onOpen: (agencyId: number) => void;
}

const ANY = 'any';
const SEARCH_DELAY_MS = 250;

/** Agencies matching the search and filters, each with its services; Enter or a click opens one. */
export function AgencyList({ filters, onFilters, isAdmin, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [text, setText] = useState(filters.search);
  const [adding, setAdding] = useState(false);
  const params = useMemo(() => directoryParams(filters), [filters]);
  const list = useDirectory(params);

  useEffect(() => {
    if (text === filters.search) return;
    const id = window.setTimeout(() => onFilters({ ...filters, search: text }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [text, filters, onFilters]);

  const any: Option = { id: ANY, label: t('directoryPage.any') };
  const sel = <T extends string>(v: T | null) => v ?? ANY;
  const pick = <T extends string>(v: string) => (v === ANY ? null : (v as T));
  const agencies = list.data ?? [];

  return (
    <div className="directory">
      <div className="filters" role="search" aria-label={t('directoryPage.filters')}>
        <SearchField className="field search-field" value={text} onChange={setText}>
          <Label className="field-label">{t('directoryPage.search')}</Label>
          <Input className="input" placeholder={t('directoryPage.searchPlaceholder')} data-testid="directory-search" />
        </SearchField>
        <SelectField
          label={t('directoryPage.serviceType')}
          options={[any, ...SERVICE_TYPES.map((s) => ({ id: s, label: t(SERVICE_TYPE_LABEL[s]) }))]}
          value={sel(filters.serviceType)}
          onChange={(v) => onFilters({ ...filters, serviceType: pick(v) })}
          testId="directory-filter-type"
          className="filter"
        />
        <SelectField
          label={t('directoryPage.country')}
          options={[any, ...COUNTRIES.map((c) => ({ id: c, label: t(COUNTRY_LABEL[c]) }))]}
          value={sel(filters.country)}
          onChange={(v) => onFilters({ ...filters, country: pick(v) })}
          testId="directory-filter-country"
          className="filter"
        />
        <SelectField
          label={t('directoryPage.relation')}
          options={[any, ...AGENCY_RELATIONS.map((r) => ({ id: r, label: t(RELATION_LABEL[r]) }))]}
          value={sel(filters.relation)}
          onChange={(v) => onFilters({ ...filters, relation: pick(v) })}
          testId="directory-filter-relation"
          className="filter"
        />
        <SelectField
          label={t('directoryPage.language')}
          options={[any, ...FILTER_LANGUAGES.map((l) => ({ id: l, label: languageName(l, i18n.language) }))]}
          value={sel(filters.language)}
          onChange={(v) => onFilters({ ...filters, language: pick(v) })}
          testId="directory-filter-language"
          className="filter"
        />
        {isFiltered(filters) ? (
          <Button
            className="button button-quiet filters-clear"
            onPress={() => {
              setText('');
              onFilters(INITIAL_FILTERS);
            }}
            data-testid="directory-clear"
          >
            {t('directoryPage.clearFilters')}
          </Button>
        ) : null}
        {isAdmin ? (
          <Button className="button button-primary directory-add" onPress={() => setAdding(true)} data-testid="agency-add">
            {t('directoryPage.addAgency')}
          </Button>
        ) : null}
      </div>
      <p className="muted small" role="status" data-testid="directory-count">
        {list.data ? t('directoryPage.count', { n: fmt.number(agencies.length) }) : ''}
      </p>
      <ErrorMessage error={list.error} />
      {list.data && agencies.length === 0 ? <p className="empty-state">{isFiltered(filters) ? t('directoryPage.noMatch') : t('directoryPage.empty')}</p> : null}
      <ul className="agency-list" aria-label={t('directoryPage.agenciesTab')} data-testid="agency-list">
        {agencies.map((a) => (
          <li key={a.id} className="agency-card" data-testid={`agency-${a.id}`}>
            <div className="agency-card-head">
              <h2 className="agency-name">
                <Button className="button-link agency-open" onPress={() => onOpen(a.id)} data-testid={`agency-open-${a.id}`}>
                  {a.name}
                </Button>
              </h2>
              <span className={`badge badge-relation badge-${a.relation}`}>{t(RELATION_LABEL[a.relation])}</span>
              {a.lawEnforcement ? <span className="badge badge-warn">{t('directoryPage.lawEnforcement')}</span> : null}
              {a.archived ? <span className="badge">{t('directoryPage.archived')}</span> : null}
            </div>
            <p className="muted small agency-where">
              {t(COUNTRY_LABEL[a.country])}
              {a.region ? ` · ${a.region}` : ''}
              {a.languages.length ? ` · ${a.languages.map((l) => languageName(l, i18n.language)).join(', ')}` : ''}
            </p>
            {a.services.length ? (
              <ul className="chips service-chips" aria-label={t('directoryPage.servicesOf', { name: a.name })}>
                {a.services
                  .filter((s) => !s.archived)
                  .map((s) => (
                    <li key={s.id} className="chip">
                      {t(SERVICE_TYPE_LABEL[s.type])}
                      {s.name && s.name !== t(SERVICE_TYPE_LABEL[s.type]) ? <span className="muted"> — {s.name}</span> : null}
                    </li>
                  ))}
              </ul>
            ) : (
              <p className="muted small">{t('directoryPage.noServices')}</p>
            )}
          </li>
        ))}
      </ul>
      {adding ? <AgencyDialog agency={null} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
