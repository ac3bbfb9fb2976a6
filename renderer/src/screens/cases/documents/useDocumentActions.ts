import { useState } from 'react';
import type { CaseDocument } from '../../../../../shared/cases/schemas';
import { toHavenError, type HavenError } from '../../../data/result';
import { fromBase64, viewKindOf } from './chunks';
import { openDocument } from './upload';

export type Viewing = { doc: CaseDocument; kind: 'text'; text: string } | { doc: CaseDocument; kind: 'image'; src: string };

/** Hands decrypted bytes to the system as a file (a "Save a copy", or a view this page cannot show). */
function download(filename: string, mime: string, data: string): void {
  const url = URL.createObjectURL(new Blob([fromBase64(data)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy by the next tasks; the URL must not outlive it.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Open" and "Save a copy": each is one explicit, audited documents.open call (purpose view or export).
 * Decrypted content stays in memory only, and is dropped when the viewer closes.
 */
export function useDocumentActions() {
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<HavenError | null>(null);

  async function act(doc: CaseDocument, purpose: 'view' | 'export'): Promise<void> {
    if (busyId !== null) return;
    setBusyId(doc.id);
    setError(null);
    try {
      const out = await openDocument({ documentId: doc.id, purpose });
      const kind = viewKindOf(out.mime);
      if (purpose === 'export' || kind === 'download') download(out.filename, out.mime, out.data);
      else if (kind === 'text') setViewing({ doc, kind, text: new TextDecoder().decode(fromBase64(out.data)) });
      else setViewing({ doc, kind, src: `data:${out.mime};base64,${out.data}` });
    } catch (e) {
      setError(toHavenError(e));
    } finally {
      setBusyId(null);
    }
  }

  return { viewing, close: () => setViewing(null), busyId, error, view: (d: CaseDocument) => act(d, 'view'), exportCopy: (d: CaseDocument) => act(d, 'export') };
}
