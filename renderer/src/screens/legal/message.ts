import { useTranslation } from 'react-i18next';

/**
 * A status message kept as its catalogue key, not as text: translated when shown, so switching the language
 * while "Facts saved." is on screen shows it in the new language.
 */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}
export const msg = (key: string, values?: Record<string, string | number>): Message => ({ key, values });

export function useMessageText(m: Message | null): string {
  const { t } = useTranslation();
  return m ? t(m.key, m.values) : '';
}
