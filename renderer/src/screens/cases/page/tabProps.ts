import type { CaseFile } from '../../../../../shared/cases/schemas';
import type { Session } from '../../../../../shared/schemas';
import type { CasesNav } from '../nav';

/** What every tab of a case page receives. */
export interface CaseTabProps {
  file: CaseFile;
  session: Session;
  nav: CasesNav;
}
