import type { z } from 'zod';
import { adminChannels } from './admin';
import { backupChannels, recoveryChannels } from './backups';
import { caseChannels } from './cases';
import { caseworkChannels } from './casework';
import type { ChannelSpec } from './define';
import { legalChannels } from './legal';
import { referralChannels } from './referrals';
import { sessionChannels } from './sessions';
import { vaultChannels } from './vault';

export type { AuditMode, ChannelSpec } from './define';

/** The whole IPC contract: channel -> { input, output, access, audit }. One source for preload, core, CLI, tests. */
export const contract = {
  ...vaultChannels,
  ...recoveryChannels,
  ...adminChannels,
  ...caseChannels,
  ...caseworkChannels,
  ...referralChannels,
  ...legalChannels,
  ...sessionChannels,
  ...backupChannels,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
