import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import type { HavenError } from '../data/result';
import { errorKey } from './errorText';

interface Props {
  error: Pick<HavenError, 'code'> | null | undefined;
  /** A code the caller wants to show without a failed call (e.g. a keyring problem from the status). */
  id?: string;
}

/**
 * Shows a failure by its code, in the user's language. The core's own text is never displayed: it is
 * English-only and, for INTERNAL, deliberately uninformative.
 */
export function ErrorMessage({ error, id }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div id={id} role="alert" className="alert alert-error" data-testid="error" data-code={error.code}>
      {t(errorKey(error.code))}
    </div>
  );
}

export function codeError(code: ErrorCode): Pick<HavenError, 'code'> {
  return { code };
}
