import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { PageTitle } from '../../components/PageTitle';
import { BackupsPage } from './backups/BackupsPage';
import { RetentionPage } from './RetentionPage';
import { RoomsPage } from './RoomsPage';
import { SettingsPage } from './SettingsPage';
import { StaffPage } from './StaffPage';

export type AdminTab = 'staff' | 'settings' | 'retention' | 'rooms' | 'backups';

/** Administration: staff accounts, centre settings, retention, rooms and backups, as tabs under one heading. */
export function AdminPage({ session, startTab = 'staff' }: { session: Session; startTab?: AdminTab }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('adminPage.title')}</PageTitle>
      <Tabs className="tabs" defaultSelectedKey={startTab}>
        <TabList className="tab-list" aria-label={t('adminPage.title')}>
          <Tab id="staff" className="tab" data-testid="tab-staff">
            {t('adminPage.staffTab')}
          </Tab>
          <Tab id="settings" className="tab" data-testid="tab-settings">
            {t('adminPage.settingsTab')}
          </Tab>
          <Tab id="retention" className="tab" data-testid="tab-retention">
            {t('adminPage.retentionTab')}
          </Tab>
          <Tab id="rooms" className="tab" data-testid="tab-rooms">
            {t('roomAdmin.tab')}
          </Tab>
          <Tab id="backups" className="tab" data-testid="tab-backups">
            {t('adminPage.backupsTab')}
          </Tab>
        </TabList>
        <TabPanel id="staff" className="tab-panel">
          <StaffPage session={session} />
        </TabPanel>
        <TabPanel id="settings" className="tab-panel">
          <SettingsPage />
        </TabPanel>
        <TabPanel id="retention" className="tab-panel">
          <RetentionPage />
        </TabPanel>
        <TabPanel id="rooms" className="tab-panel">
          <RoomsPage />
        </TabPanel>
        <TabPanel id="backups" className="tab-panel">
          <BackupsPage />
        </TabPanel>
      </Tabs>
    </>
  );
}
