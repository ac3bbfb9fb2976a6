import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CasesNav } from '../nav';

/** "← All cases": back to the list as it was left. */
export function BackToList({ nav }: { nav: CasesNav }) {
  const { t } = useTranslation();
  return (
    <Button className="button button-link back-link" onPress={() => nav.list()} data-testid="back-to-cases">
      ← {t('casePage.back')}
    </Button>
  );
}
