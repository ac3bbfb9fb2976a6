import { useState } from 'react';
import { caseFileSchema, type CaseFile, type Contact, type Profile } from '../../../../../shared/cases/schemas';
import { useCompleteIntake, useCreateCase, useUpdateContact, useUpdateProfile } from '../../../data/cases';
import { toHavenError, type HavenError } from '../../../data/result';
import { contactSaysSomething, NOTHING_ENTERED, patchSaysSomething } from './entered';


/**
 * Saves an intake or a profile edit against the version it read. The first save creates the case; a
 * CONFLICT keeps the person's entries and holds the case as it is now, to show and to retry against.
 */
export function useCaseSaver(initial: CaseFile | null) {
  const [file, setFile] = useState<CaseFile | null>(initial);
  const [conflict, setConflict] = useState<CaseFile | null>(null);
  const [error, setError] = useState<HavenError | null>(null);
  const [pending, setPending] = useState(false);
  const create = useCreateCase();
  const updateProfile = useUpdateProfile();
  const updateContact = useUpdateContact();
  const complete = useCompleteIntake();

  async function run(call: () => Promise<CaseFile>): Promise<CaseFile | null> {
    setPending(true);
    setError(null);
    try {
      const saved = await call();
      setFile(saved);
      setConflict(null);
      return saved;
    } catch (e) {
      const err = toHavenError(e);
      const current = caseFileSchema.safeParse(err.current);
      if (err.code === 'CONFLICT' && current.success) setConflict(current.data);
      else setError(err);
      return null;
    } finally {
      setPending(false);
    }
  }

  const base = (f: CaseFile) => ({ caseId: f.header.id, version: f.header.version });

  return {
    file,
    conflict,
    error,
    pending,
    /**
     * Creates the case with this patch, or saves the patch (nothing to send: the file as it is). With no case
     * yet and nothing entered, creates nothing: an empty intake never becomes a case number.
     */
    saveProfile: (patch: Partial<Profile>): Promise<CaseFile | null | typeof NOTHING_ENTERED> =>
      !file && !patchSaysSomething(patch)
        ? Promise.resolve(NOTHING_ENTERED)
        : run(async () => {
        if (!file) return create.mutateAsync({ profile: patch });
        if (Object.keys(patch).length === 0) return file;
        return updateProfile.mutateAsync({ ...base(file), profile: patch });
      }),
    saveContact: (contact: Contact): Promise<CaseFile | null | typeof NOTHING_ENTERED> =>
      !file && !contactSaysSomething(contact)
        ? Promise.resolve(NOTHING_ENTERED)
        : run(async () => {
        const f = file ?? (await create.mutateAsync({ profile: {} }));
        setFile(f);
        return updateContact.mutateAsync({ ...base(f), contact });
      }),
    completeIntake: () => run(async () => (file ? complete.mutateAsync(base(file)) : Promise.reject(new Error('no case')))),
    /** Continue from the case as it is now (its version); the caller decides whether to keep its entries. */
    acceptCurrent: () => {
      if (conflict) setFile(conflict);
      setConflict(null);
      return conflict;
    },
  };
}
