import { useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { PageTitle } from '../../components/PageTitle';
import type { CaseTab } from '../cases/page/caseTabs';
import { DeadlinesPage, INITIAL_DEADLINE_FILTERS, type DeadlineFilters } from './DeadlinesPage';
import { MatterPage } from './MatterPage';
import { RulesPage } from './RulesPage';

type View = { kind: 'list' } | { kind: 'matter'; id: number };
type LegalTab = 'deadlines' | 'rules';

export const isLegalAide = (s: Session) => s.roles.includes('legal_aide');

/**
 * Legal: the legal aide's deadlines across their cases, one matter, and the rule table (legal aides and
 * administrators; an administrator sees rules, never a matter). Anyone else is told where legal matters
 * live: with the legal aide (8 U.S.C. 1367).
 */
export function LegalSection({ session, visit, openCase, startMatter }: { session: Session; visit: number; openCase: (id: number, tab?: CaseTab) => void; startMatter?: number | null }) {
  const { t } = useTranslation();
  const aide = isLegalAide(session);
  const admin = session.roles.includes('admin');
  const [view, setView] = useState<View>(startMatter ? { kind: 'matter', id: startMatter } : { kind: 'list' });
  const [tab, setTab] = useState<LegalTab>(aide ? 'deadlines' : 'rules');
  const [filters, setFilters] = useState<DeadlineFilters>(INITIAL_DEADLINE_FILTERS);
  const [lastVisit, setLastVisit] = useState(visit);
  if (visit !== lastVisit) {
    setLastVisit(visit);
    setView(startMatter ? { kind: 'matter', id: startMatter } : { kind: 'list' });
  }
  useEffect(() => {
    document.querySelector<HTMLElement>('#page-title')?.focus();
  }, [view]);

  if (!aide && !admin) {
    return (
      <>
        <PageTitle>{t('legalPage.title')}</PageTitle>
        <p className="placeholder" data-testid="legal-not-for-role">
          {t('legalPage.notForRole')}
        </p>
      </>
    );
  }
  if (view.kind === 'matter' && aide) {
    return <MatterPage key={view.id} matterId={view.id} backLabel={t('legalPage.backToDeadlines')} onBack={() => setView({ kind: 'list' })} onOpenCase={(id) => openCase(id, 'legal')} onOpenMatter={(id) => setView({ kind: 'matter', id })} />;
  }
  return (
    <div className="legal-page" data-testid="legal-page">
      <PageTitle>{t('legalPage.title')}</PageTitle>
      <Tabs className="tabs" selectedKey={tab} onSelectionChange={(k) => setTab(k as LegalTab)}>
        <TabList className="tab-list" aria-label={t('legalPage.title')}>
          {aide ? (
            <Tab id="deadlines" className="tab" data-testid="legal-tab-deadlines">
              {t('legalPage.deadlines.tab')}
            </Tab>
          ) : null}
          <Tab id="rules" className="tab" data-testid="legal-tab-rules">
            {t('legalPage.rules.tab')}
          </Tab>
        </TabList>
        {aide ? (
          <TabPanel id="deadlines" className="tab-panel">
            <DeadlinesPage filters={filters} onFilters={setFilters} onOpenMatter={(id) => setView({ kind: 'matter', id })} />
          </TabPanel>
        ) : null}
        <TabPanel id="rules" className="tab-panel">
          <RulesPage canPreview={aide} onOpenMatter={(id) => setView({ kind: 'matter', id })} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
