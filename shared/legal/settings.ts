import { z } from 'zod';
import { termSchema } from './dates';

const offsets = z
  .array(z.number().int().min(0).max(730))
  .max(8)
  .refine((a) => new Set(a).size === a.length, 'Each offset once.');

/**
 * Per-centre settings the deadline engine reads. Reminder offsets are DOMAIN.md's "suggested reminder offsets
 * (design defaults, configurable per centre)"; where DOMAIN.md gives none, the default is said below.
 * Settings are not rule versions: changing an offset re-plans reminders, it never changes a legal date.
 */
export const legalSettingsSchema = z
  .object({
    reminderDays: z
      .object({
        tStatus: offsets.default([180, 90, 60, 30]), // DOMAIN.md: T expiry 180/90/60/30
        adjustmentOpens: offsets.default([0]), // DOMAIN.md: "the I-485 window opening at admission + 3 years"
        uStatus: offsets.default([180, 90, 60, 30]), // silent in DOMAIN.md: as T status, the same kind of 4-year status
        bonaFide: offsets.default([180, 90, 60, 30]), // silent: as T status (deferred action pending the I-914)
        ead: offsets.default([180, 120, 90, 30]), // DOMAIN.md: EAD 180/120/90/30
        continuedPresence: offsets.default([120, 90, 60]), // DOMAIN.md: CP 120/90/60
        trp: offsets.default([120, 90, 60, 30]), // DOMAIN.md: VTIP TRP 120/90/60/30
        permit: offsets.default([120, 90, 60, 30]), // silent: as the TRP the permit is issued under
        certification: offsets.default([30, 7]), // silent: as consent (release) expiry 30/7, another signed paper that lapses
      })
      .strict()
      .default({
        tStatus: [180, 90, 60, 30],
        adjustmentOpens: [0],
        uStatus: [180, 90, 60, 30],
        bonaFide: [180, 90, 60, 30],
        ead: [180, 120, 90, 30],
        continuedPresence: [120, 90, 60],
        trp: [120, 90, 60, 30],
        permit: [120, 90, 60, 30],
        certification: [30, 7],
      }),
    /** Silent in DOMAIN.md: a preparation meeting two weeks ahead, then the Primero 7-day "due soon", then the day before. */
    courtPreparationDays: offsets.default([14, 7, 1]),
    /** ⚠️ DOMAIN.md: BFD validity is read from the notice. null = no computed date until staff enter it. */
    bonaFideValidity: termSchema.nullable().default(null),
  })
  .strict();
export type LegalSettings = z.infer<typeof legalSettingsSchema>;
export type ReminderSet = keyof LegalSettings['reminderDays'];

export const DEFAULT_LEGAL_SETTINGS: LegalSettings = legalSettingsSchema.parse({});
