import type { Result } from './errors';
import { CHANNELS, type Channel, type Contract, type InputOf, type OutputOf } from './contract';

/** How a host carries one request to the core: ipcRenderer in Electron, a page binding in the browser host. */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

type AreaOf<C> = C extends `${infer A}.${string}` ? A : never;
type Area = AreaOf<Channel>;
type FnOf<C extends Channel> = (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>;

export type HavenApi = {
  [A in Area]: {
    [C in Channel as C extends `${A}.${infer F}` ? F : never]: FnOf<C>;
  };
};

/**
 * Builds window.haven: one named function per contract channel, never a generic invoke. The input is not
 * trusted here (the core validates it); `{}` is sent when a caller passes nothing.
 */
export function createApi(transport: Transport): HavenApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const ch of CHANNELS) {
    // The area is up to the first dot; the rest names the function, dots included ('legal.matters.list' ->
    // haven.legal['matters.list']), exactly as the HavenApi type reads it.
    const dot = ch.indexOf('.');
    const area = ch.slice(0, dot);
    const fn = ch.slice(dot + 1);
    api[area] ??= {};
    api[area][fn] = (input?: unknown) => transport(ch, input ?? {});
  }
  for (const area of Object.values(api)) Object.freeze(area);
  return Object.freeze(api) as unknown as HavenApi;
}

export type { Contract };
