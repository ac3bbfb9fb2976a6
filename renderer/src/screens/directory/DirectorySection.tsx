import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { PageTitle } from '../../components/PageTitle';
import { AgencyDetail } from './AgencyDetail';
import { AgencyList } from './AgencyList';
import { AgreementsPage } from './AgreementsPage';
import { INITIAL_FILTERS, type Filters } from './filters';

type Tab = 'agencies' | 'agreements';

/**
 * The services directory: every agency the centre refers to (its own programmes, the organisations under
 * its roof, outside partners on both sides of the border) and their services; partner agreements beside
 * it. Everyone browses; administrators edit.
 */
export function DirectorySection({ session, visit, startTab = 'agencies' }: { session: Session; visit: number; startTab?: Tab }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(startTab);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS);
  const [lastVisit, setLastVisit] = useState(visit);
  if (visit !== lastVisit) {
    setLastVisit(visit);
    setAgencyId(null);
    setTab(startTab);
  }
  const isAdmin = session.roles.includes('admin');

  if (agencyId !== null) return <AgencyDetail agencyId={agencyId} isAdmin={isAdmin} onBack={() => setAgencyId(null)} />;
  return (
    <div className="directory-page">
      <PageTitle>{t('directoryPage.title')}</PageTitle>
      <Tabs className="tabs" selectedKey={tab} onSelectionChange={(k) => setTab(k as Tab)}>
        <TabList className="tab-list" aria-label={t('directoryPage.title')}>
          <Tab id="agencies" className="tab" data-testid="directory-tab-agencies">
            {t('directoryPage.agenciesTab')}
          </Tab>
          <Tab id="agreements" className="tab" data-testid="directory-tab-agreements">
            {t('agreementsPage.tab')}
          </Tab>
        </TabList>
        <TabPanel id="agencies" className="tab-panel">
          <AgencyList filters={filters} onFilters={setFilters} isAdmin={isAdmin} onOpen={setAgencyId} />
        </TabPanel>
        <TabPanel id="agreements" className="tab-panel">
          <AgreementsPage isAdmin={isAdmin} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
