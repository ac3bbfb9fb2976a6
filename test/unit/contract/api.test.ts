import { describe, expect, it } from 'vitest';
import { createApi } from '../../../shared/api';
import { CHANNELS } from '../../../shared/contract';

/**
 * window.haven is built from the contract: every channel must be reachable as haven.<area>[<rest>] and reach
 * the core under its own name. Channels with more than one dot ('legal.matters.list') are read by the
 * HavenApi type as haven.legal['matters.list']; the runtime must build the same shape.
 */
describe('createApi', () => {
  it('exposes every channel under its area, the rest of its name as the function, calling the transport with that channel', async () => {
    const calls: string[] = [];
    const api = createApi(async (channel) => {
      calls.push(channel);
      return { ok: true, value: null };
    }) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    const missing: string[] = [];
    for (const ch of CHANNELS) {
      const dot = ch.indexOf('.');
      const fn = api[ch.slice(0, dot)]?.[ch.slice(dot + 1)];
      if (typeof fn !== 'function') missing.push(ch);
      else await fn({});
    }
    expect(missing).toEqual([]);
    expect(calls).toEqual([...CHANNELS]);
  });
});
