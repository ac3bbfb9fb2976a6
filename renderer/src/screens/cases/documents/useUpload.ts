import { useRef, useState } from 'react';
import type { CaseDocument } from '../../../../../shared/cases/schemas';
import { useRefreshDocuments } from '../../../data/documents';
import { toHavenError, type HavenError } from '../../../data/result';
import type { DocumentKind } from '../vocab';
import { uploadDocument, type UploadControl } from './upload';

export type UploadPhase = 'idle' | 'uploading' | 'cancelling';

/** One upload at a time: its progress, a cancel that stops after the chunk in flight, and its outcome. */
export function useUpload(caseId: number) {
  const refresh = useRefreshDocuments(caseId);
  const [phase, setPhase] = useState<UploadPhase>('idle');
  const [sent, setSent] = useState(0);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<HavenError | null>(null);
  const control = useRef<UploadControl>({ cancelled: false });

  async function start(file: File, kind: DocumentKind, legal: boolean): Promise<CaseDocument | 'cancelled' | null> {
    if (phase !== 'idle') return null;
    control.current = { cancelled: false };
    setPhase('uploading');
    setSent(0);
    setTotal(file.size);
    setError(null);
    try {
      const doc = await uploadDocument(file, { caseId, kind, legal }, control.current, setSent);
      if (doc) refresh();
      return doc ?? 'cancelled';
    } catch (e) {
      setError(toHavenError(e));
      return null;
    } finally {
      setPhase('idle');
    }
  }

  function cancel(): void {
    control.current.cancelled = true;
    setPhase('cancelling');
  }

  return { phase, sent, total, error, start, cancel };
}
