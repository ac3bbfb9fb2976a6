import type { TodayItem } from '../../../shared/referrals/schemas';
import type { Ctx } from '../runtime';

/**
 * Today is a registry, like the timeline (DESIGN.md "Dated things plug in"): each feature registers a
 * provider from its own module, and `today.get` asks them all. A provider is role-aware and need-to-know
 * filtered by itself (it applies cases/visibility.ts through its own queries), returns dated items and
 * nothing else. Sessions and legal deadlines plug in later as more providers; today/ does not change.
 */
export interface TodayWindow {
  now: string;
  /** Items due or expiring up to this instant are shown; earlier than `now` means overdue. */
  until: string;
  /** Expiring consents and agreements look further ahead (DOMAIN.md: consent reminders at 30 and 7 days). */
  expiringUntil: string;
}

export interface TodayProvider {
  name: string;
  items(ctx: Ctx, w: TodayWindow): TodayItem[];
}

const providers = new Map<string, TodayProvider>();

/** Called once per feature when its module loads (electron/core/handlers.ts loads them all). */
export function registerTodayProvider(p: TodayProvider): void {
  if (providers.has(p.name)) throw new Error(`today provider registered twice: ${p.name}`);
  providers.set(p.name, p);
}

export const registeredTodayProviders = (): readonly TodayProvider[] => [...providers.values()];
