import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * What the router does with a channel's audit record:
 * - 'change': one record per successful call (and per refused call, as every channel does);
 * - 'read': opens of sensitive records are audited too;
 * - 'none': status and list reads that show nothing about a survivor.
 * Vault channels write their own records because they open and close the database themselves.
 */
export type AuditMode = 'change' | 'read' | 'none' | 'self';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  audit: AuditMode;
  summary: string;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}
