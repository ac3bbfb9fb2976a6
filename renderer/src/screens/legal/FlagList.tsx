import { useTranslation } from 'react-i18next';
import type { DeadlineFlag } from '../../../../shared/legal';
import { FLAG_LABEL } from './labels';

/** Flags a legal aide must not miss get a warning shape; the rest are plain notes. */
const LOUD: ReadonlySet<DeadlineFlag> = new Set(['no_maintained_status', 'needs_notice', 'no_automatic_extension', 'accompany_survivor', 'prompt_law_enforcement_sponsor']);

/** A deadline's flags in words. `compact` (lists) shows only the loud ones and "from the notice". */
export function FlagList({ flags, overridden, compact }: { flags: readonly DeadlineFlag[]; overridden: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const shown = compact ? flags.filter((f) => LOUD.has(f)) : flags.filter((f) => !(overridden && f === 'check_against_notice'));
  if (shown.length === 0 && !overridden) return null;
  return (
    <ul className="flag-list">
      {overridden ? (
        <li className="flag flag-override" data-testid="flag-override">
          <span aria-hidden="true">✎ </span>
          {t('legalPage.flag.from_notice')}
        </li>
      ) : null}
      {shown.map((f) => (
        <li key={f} className={LOUD.has(f) ? 'flag flag-loud' : 'flag'} data-testid={`flag-${f}`}>
          {LOUD.has(f) ? <span aria-hidden="true">⚠ </span> : null}
          {t(FLAG_LABEL[f])}
        </li>
      ))}
    </ul>
  );
}
