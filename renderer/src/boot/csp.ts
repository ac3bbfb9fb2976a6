import { z } from 'zod';

/**
 * Keeps third-party code inside the page's CSP (script-src 'self'; style-src 'self'), so the console shows
 * no violations and a real one stands out. Must run before any zod schema is built or any press handler
 * mounts, hence its own module imported first by main.tsx.
 */

// zod probes `new Function` to decide on its JIT; under our CSP the probe is refused and reported.
z.config({ jitless: true });

// react-aria's usePress injects a <style> with one touch-action rule unless an element with this id exists.
// The rule itself lives in styles/base.css; this marker only stops the blocked injection.
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';
if (!document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement('template');
  marker.id = PRESSABLE_STYLE_ID;
  document.head.append(marker);
}
