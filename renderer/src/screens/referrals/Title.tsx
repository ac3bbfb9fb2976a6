import { PageTitle } from '../../components/PageTitle';

/** The page's h1 in the Referrals section; an h2 inside a case tab, where the case number is the h1. */
export function Title({ inCase, children }: { inCase: boolean; children: React.ReactNode }) {
  if (!inCase) return <PageTitle>{children}</PageTitle>;
  return (
    <h2 className="page-title referral-sub-title" tabIndex={-1}>
      {children}
    </h2>
  );
}
