/**
 * The page's h1. It takes focus when the section changes (see AppFrame), so screen readers announce the
 * new page and Tab continues from the top of it.
 */
export function PageTitle({ children }: { children: React.ReactNode }) {
  return (
    <h1 id="page-title" tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
