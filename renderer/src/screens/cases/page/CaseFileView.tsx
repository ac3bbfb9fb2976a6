import { useState } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { breakGlassCapacity } from '../../../../../shared/cases/access';
import { PageTitle } from '../../../components/PageTitle';
import { ConsentsTab } from '../../consents/ConsentsTab';
import { CaseLegalTab } from '../../legal/CaseLegalTab';
import { CaseReferralsTab } from '../../referrals/CaseReferralsTab';
import { CaseSessionsTab } from '../../schedule/CaseSessionsTab';
import { DocumentsTab } from '../documents/DocumentsTab';
import { NotesTab } from '../notes/NotesTab';
import { ScreeningTab } from '../screening/ScreeningTab';
import { TimelineTab } from '../timeline/TimelineTab';
import { vocabKey } from '../vocab';
import { BreakGlassForm } from './BreakGlassForm';
import { BackToList } from './BackToList';
import { TAB_LABEL, visibleTabs, type CaseTab } from './caseTabs';
import { ContactTab } from './ContactTab';
import { displayNameOf } from './displayName';
import { OverviewTab } from './OverviewTab';
import { ProfileTab } from './ProfileTab';
import { SafetyBanner } from './SafetyBanner';
import type { CaseTabProps } from './tabProps';

interface Props extends CaseTabProps {
  initialTab: CaseTab | undefined;
}

/** A case file: its header, the safety banner, then one tab per part this person may see. */
export function CaseFileView({ file, session, initialTab, nav }: Props) {
  const { t } = useTranslation();
  const tabs = visibleTabs(file.parts);
  const [tab, setTab] = useState<CaseTab>(initialTab && tabs.includes(initialTab) ? initialTab : 'overview');
  const [glassOpen, setGlassOpen] = useState(false);
  const h = file.header;
  const name = displayNameOf(file);
  const headerOnly = file.myCaseRoles.length === 0;
  const canBreakGlass = headerOnly && breakGlassCapacity(session.roles) !== null;
  const props = { file, session, nav };

  return (
    <div className="case-page" data-testid="case-page">
      <BackToList nav={nav} />
      <div className="case-title-row">
        <PageTitle>
          <span className="case-number">{h.caseNumber}</span>
          {name ? <span className="case-title-name">{name}</span> : null}
        </PageTitle>
        <span className={`status-chip status-${h.status}`} data-testid="case-status">
          {t(vocabKey('status', h.status))}
        </span>
        <span className={h.intakeComplete ? 'badge' : 'badge badge-intake'} data-testid="case-intake-flag">
          {h.intakeComplete ? t('casePage.intakeComplete') : t('caseList.intakeOpen')}
        </span>
      </div>
      {file.breakGlass ? (
        <div className="alert alert-warning" role="note" data-testid="break-glass-active">
          {t('casePage.breakGlassActive')}
        </div>
      ) : null}
      {file.contact ? <SafetyBanner contact={file.contact} /> : null}
      {headerOnly ? (
        <div className="header-only muted" data-testid="header-only">
          <p>{t('casePage.headerOnly')}</p>
          {canBreakGlass && !glassOpen ? (
            <Button className="button button-small" onPress={() => setGlassOpen(true)} data-testid="break-glass-open">
              {t('breakGlass.open')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {canBreakGlass && glassOpen ? <BreakGlassForm caseId={h.id} onCancel={() => setGlassOpen(false)} /> : null}
      <Tabs className="tabs case-tabs" selectedKey={tab} onSelectionChange={(k) => setTab(k as CaseTab)}>
        <TabList className="tab-list" aria-label={t('casePage.tabs')}>
          {tabs.map((id) => (
            <Tab key={id} id={id} className="tab" data-testid={`case-tab-${id}`}>
              {t(TAB_LABEL[id])}
            </Tab>
          ))}
        </TabList>
        {tabs.map((id) => (
          <TabPanel key={id} id={id} className="tab-panel case-tab-panel">
            {id === 'overview' ? <OverviewTab {...props} /> : null}
            {id === 'profile' ? <ProfileTab {...props} /> : null}
            {id === 'contact' ? <ContactTab {...props} /> : null}
            {id === 'screening' ? <ScreeningTab {...props} /> : null}
            {id === 'notes' ? <NotesTab {...props} /> : null}
            {id === 'documents' ? <DocumentsTab {...props} /> : null}
            {id === 'consents' ? <ConsentsTab {...props} /> : null}
            {id === 'referrals' ? <CaseReferralsTab {...props} /> : null}
            {id === 'legal' ? <CaseLegalTab {...props} /> : null}
            {id === 'sessions' ? <CaseSessionsTab {...props} /> : null}
            {id === 'timeline' ? <TimelineTab {...props} /> : null}
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}
