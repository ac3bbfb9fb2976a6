import { createPortal } from 'react-dom';

/**
 * What gets printed: rendered outside the app root, hidden on screen, and the only thing shown in print
 * (styles/referrals.css hides everything else in body there). A page printed to PDF (Electron's printToPDF, the Chromium host's
 * page.pdf) therefore holds this sheet and nothing of the screen behind it.
 */
export function PrintPortal({ children }: { children: React.ReactNode }) {
  return createPortal(
    <div className="print-root" data-testid="print-root">
      {children}
    </div>,
    document.body,
  );
}
