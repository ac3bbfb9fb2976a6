import { useEffect, useState } from 'react';

/** `value`, once it has stayed the same for `ms` (compared by JSON, so a new but equal object does not restart the wait). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const id = window.setTimeout(() => setSettled(JSON.parse(key) as T), ms);
    return () => window.clearTimeout(id);
  }, [key, ms]);
  return settled;
}
