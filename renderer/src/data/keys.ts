/** Query keys in one place so invalidations match the queries they target. */
export const keys = {
  vaultStatus: ['vault', 'status'] as const,
  settings: ['settings'] as const,
  staff: ['staff', 'list'] as const,
};
