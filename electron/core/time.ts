/**
 * Instants are stored as UTC ISO strings ('…Z', milliseconds), so comparing two in SQL or in code by text
 * is comparing them in time. Input may carry any offset; it is normalised here before it is stored.
 */
export const toUtc = (iso: string): string => new Date(iso).toISOString();
