/**
 * Requests nest a few levels (an object of arrays of objects). Anything far deeper is hostile or broken, and
 * recursive code (structured clone to the worker, zod) overflows the stack on it, which used to kill the
 * worker and every request behind it. Measured without recursion, so the check itself cannot overflow.
 */
export const MAX_INPUT_DEPTH = 64;

export function exceedsDepth(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > max) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
  }
  return false;
}
