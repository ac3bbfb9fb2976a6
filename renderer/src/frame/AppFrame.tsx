import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/schemas';
import { useSettings } from '../data/settings';
import { MyAccountPage } from '../screens/account/MyAccountPage';
import { AdminPage, type AdminTab } from '../screens/admin/AdminPage';
import { CasesSection } from '../screens/cases/CasesSection';
import type { CaseTarget } from '../screens/cases/nav';
import type { CaseTab } from '../screens/cases/page/caseTabs';
import { DirectorySection } from '../screens/directory/DirectorySection';
import { LegalSection } from '../screens/legal/LegalSection';
import { LegalNotifier } from '../screens/legal/LegalNotifier';
import { PlaceholderPage } from '../screens/placeholder/PlaceholderPage';
import { ReferralsSection } from '../screens/referrals/ReferralsSection';
import { ScheduleSection } from '../screens/schedule/ScheduleSection';
import { TodayPage } from '../screens/today/TodayPage';
import { Header } from './Header';
import { Nav } from './Nav';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ALL_SECTIONS, canSee, type SectionId } from './sections';
import { useShortcuts } from './useShortcuts';

interface PageProps {
  section: SectionId;
  session: Session;
  visit: number;
  onAddStaff: () => void;
  target: CaseTarget | null;
  openCase: (id: number, tab?: CaseTab) => void;
  openAgreements: () => void;
  openCases: () => void;
  startTab: 'agencies' | 'agreements';
  legalMatter: number | null;
  openMatter: (matterId: number) => void;
  openBackups: () => void;
  adminTab: AdminTab;
}

function Page({ section, session, visit, onAddStaff, target, openCase, openAgreements, openCases, startTab, legalMatter, openMatter, openBackups, adminTab }: PageProps) {
  switch (section) {
    case 'today':
      return (
        <TodayPage
          session={session}
          openCase={openCase}
          openAgreements={openAgreements}
          openCases={openCases}
          openMatter={openMatter}
          onAddStaff={session.roles.includes('admin') ? onAddStaff : undefined}
          openBackups={session.roles.includes('admin') ? openBackups : undefined}
        />
      );
    case 'referrals':
      return <ReferralsSection session={session} visit={visit} openCase={openCase} />;
    case 'schedule':
      return <ScheduleSection key={visit} session={session} openCase={openCase} />;
    case 'directory':
      return <DirectorySection session={session} visit={visit} startTab={startTab} />;
    case 'admin':
      return <AdminPage session={session} startTab={adminTab} />;
    case 'account':
      return <MyAccountPage session={session} />;
    case 'legal':
      return <LegalSection session={session} visit={visit} openCase={openCase} startMatter={legalMatter} />;
    case 'cases':
      return <CasesSection session={session} visit={visit} target={target} onAddStaff={session.roles.includes('admin') ? onAddStaff : undefined} />;
    default:
      return <PlaceholderPage section={section} />;
  }
}

/** The unlocked app: header, left navigation, one section at a time (state-based routing, no URLs). */
export function AppFrame({ session }: { session: Session }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const isAdmin = session.roles.includes('admin');
  // Today is the first screen after unlock: what needs doing, each item one step from its case.
  const [section, setSection] = useState<SectionId>('today');
  const [target, setTarget] = useState<CaseTarget | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // Counts section choices, so choosing the current section again brings it back to its start (the case list).
  const [visit, setVisit] = useState(0);
  const mainRef = useRef<HTMLElement>(null);

  const [startTab, setStartTab] = useState<'agencies' | 'agreements'>('agencies');
  const [legalMatter, setLegalMatter] = useState<number | null>(null);
  const [adminTab, setAdminTab] = useState<AdminTab>('staff');
  const go = (id: SectionId, caseTarget: CaseTarget | null = null, tab: 'agencies' | 'agreements' = 'agencies', matter: number | null = null) => {
    const def = ALL_SECTIONS.find((s) => s.id === id);
    if (def && canSee(def, isAdmin)) {
      setTarget(caseTarget);
      setLegalMatter(matter);
      setStartTab(tab);
      setAdminTab('staff');
      setSection(id);
      setVisit((v) => v + 1);
    }
  };
  const openCase = (id: number, tab?: CaseTab) => go('cases', tab ? { id, tab } : { id });
  const openAgreements = () => go('directory', null, 'agreements');
  const openMatter = (matterId: number) => go('legal', null, 'agencies', matterId);
  const openBackups = () => {
    go('admin');
    setAdminTab('backups');
  };

  useShortcuts((s) => (s.type === 'help' ? setHelpOpen(true) : go(s.section)));

  const label = t(ALL_SECTIONS.find((s) => s.id === section)?.labelKey ?? 'nav.cases');
  useEffect(() => {
    document.title = `${label} · ${t('app.name')}`;
  }, [label, t]);
  useEffect(() => {
    // Announce the new page and start Tab from its top.
    mainRef.current?.querySelector<HTMLElement>('#page-title')?.focus();
  }, [section]);

  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('frame.skipToContent')}
      </a>
      <Header centreName={settings.data?.centreName} session={session} onHelp={() => setHelpOpen(true)} />
      <div className="frame-body">
        <Nav current={section} isAdmin={isAdmin} onGo={(id) => go(id)} />
        <main id="main" ref={mainRef} className="frame-main" tabIndex={-1} aria-labelledby="page-title">
          <LegalNotifier session={session} onOpenCase={(id) => openCase(id, 'legal')} />
          <Page section={section} session={session} visit={visit} onAddStaff={() => go('admin')} target={target} openCase={openCase} openAgreements={openAgreements} openCases={() => go('cases')} startTab={startTab} legalMatter={legalMatter} openMatter={openMatter} openBackups={openBackups} adminTab={adminTab} />
        </main>
      </div>
      <ShortcutsDialog isOpen={helpOpen} onOpenChange={setHelpOpen} isAdmin={isAdmin} />
    </div>
  );
}
