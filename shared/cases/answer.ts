import { z } from 'zod';

/**
 * Every sensitive field is an answer: known (with a value), unknown, or declined. "Declined" is a
 * survivor's choice and is never counted or shown as "unknown" or "no" (DOMAIN.md: consent practice).
 */
export const ANSWER_STATES = ['known', 'unknown', 'declined'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export function answer<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('state', [
    z.strictObject({ state: z.literal('known'), value }),
    z.strictObject({ state: z.literal('unknown') }),
    z.strictObject({ state: z.literal('declined') }),
  ]);
}

export type Answer<T> = { state: 'known'; value: T } | { state: 'unknown' } | { state: 'declined' };
