import { useEffect, useState, type RefObject } from 'react';

/** The element's content width, following resizes (the window, the navigation, a zoom). */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 1000): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
