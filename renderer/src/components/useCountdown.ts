import { useEffect, useState } from 'react';

/** Seconds left until `deadline` (a Date.now() timestamp), ticking; 0 when there is none or it passed. */
export function useCountdown(deadline: number | null): number {
  const left = () => (deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const tick = () => setSeconds(deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    tick();
    if (deadline === null) return;
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [deadline]);
  return seconds;
}
