import { useCallback, useEffect, useRef, useState } from 'react';

type Errors = Record<string, string>;

/**
 * Field errors of one form, fed to react-aria's Form `validationErrors`.
 * - `refuse(errors)` after a refused submit (our checks or the core's VALIDATION fields): shows them and moves
 *   focus to the first invalid field, so keyboard and screen-reader users land on the problem.
 * - `clear(name)` when a field is edited: its message goes away at once, and does not come back on blur.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input')?.focus();
  }, [attempt]);

  const refuse = useCallback((next: Errors) => {
    setErrors(next);
    if (Object.keys(next).length > 0) setAttempt((a) => a + 1);
  }, []);

  const clear = useCallback((name: string) => {
    setErrors((e) => {
      if (!(name in e)) return e;
      const rest = { ...e };
      delete rest[name];
      return rest;
    });
  }, []);

  return { errors, refuse, clear, formRef };
}
