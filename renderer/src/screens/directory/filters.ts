import type { AgencyRelation, Country, ServiceType } from '../../../../shared/referrals/vocab';
import type { DirectoryFilters } from '../../data/directory';

export interface Filters {
  search: string;
  serviceType: ServiceType | null;
  country: Country | null;
  relation: AgencyRelation | null;
  language: string | null;
}

export const INITIAL_FILTERS: Filters = { search: '', serviceType: null, country: null, relation: null, language: null };

export const isFiltered = (f: Filters) => f.search.trim() !== '' || f.serviceType !== null || f.country !== null || f.relation !== null || f.language !== null;

/** What the core is asked: only the filters that are set. */
export function directoryParams(f: Filters): Partial<DirectoryFilters> {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.serviceType ? { serviceType: f.serviceType } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.relation ? { relation: f.relation } : {}),
    ...(f.language ? { language: f.language } : {}),
  };
}

/** Languages offered as a filter: the centre's three, and those its agencies most often list. */
export const FILTER_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'tl', 'vi', 'ru', 'uk', 'pt', 'ht', 'ko', 'hi', 'pa', 'so'] as const;
