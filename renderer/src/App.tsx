import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PSEUDO } from './i18n/pseudo';
import { createQueryClient } from './data/queryClient';
import { Gate } from './Gate';
import { lock, useIsLocking } from './lock';

/**
 * Root: one QueryClient, react-aria told the UI language (number fields, date pickers), and the lock cover.
 * Once a lock starts nothing of the app is rendered again; the page reloads moments later.
 */
export function App() {
  const [queryClient] = useState(() => createQueryClient(() => void lock('idle')));
  const { i18n } = useTranslation();
  const locking = useIsLocking();
  if (locking) return <div className="lock-cover" data-testid="lock-cover" />;
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={i18n.language === PSEUDO ? 'en' : i18n.language}>
        <Gate />
      </I18nProvider>
    </QueryClientProvider>
  );
}
