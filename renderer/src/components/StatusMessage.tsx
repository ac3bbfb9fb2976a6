/**
 * A polite live region that is always in the DOM, so screen readers announce text put into it later
 * (a region inserted together with its text is often not announced).
 */
export function StatusMessage({ children, testId }: { children?: React.ReactNode; testId?: string }) {
  return (
    <div role="status" className={children ? 'alert alert-ok' : 'status-empty'} data-testid={testId}>
      {children}
    </div>
  );
}
