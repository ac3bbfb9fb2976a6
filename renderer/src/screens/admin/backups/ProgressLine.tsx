import { Label, ProgressBar } from 'react-aria-components';

interface Props {
  label: string;
  /** 0..1, or null while the core has not said how far it is (the bar then shows as indeterminate). */
  fraction: number | null;
  testId?: string;
}

/** One labelled progress bar for the long jobs of this page: back up, verify, restore, rotate the key. */
export function ProgressLine({ label, fraction, testId }: Props) {
  const value = fraction === null ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <ProgressBar className="progress" value={value} isIndeterminate={value === undefined} data-testid={testId}>
      {({ percentage, valueText }) => (
        <>
          <div className="progress-head">
            <Label className="small">{label}</Label>
            <span className="small">{value === undefined ? '' : valueText}</span>
          </div>
          <div className={value === undefined ? 'progress-track progress-indeterminate' : 'progress-track'}>
            <div className="progress-fill" style={{ width: value === undefined ? '30%' : `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
