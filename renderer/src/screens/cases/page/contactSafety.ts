import type { Contact } from '../../../../../shared/cases/schemas';

export type SafetyLevel = 'danger' | 'caution' | 'clear';

export interface SafetyItem {
  /** Catalogue key of the sentence. */
  key: string;
  level: SafetyLevel;
  testId: string;
}

/**
 * The safety flags as sentences, most serious first. "Do not contact" and a possibly monitoring person are
 * dangers; not knowing, or others being unaware of contact, calls for caution (be discreet).
 */
export function safetyItems(c: Pick<Contact, 'doNotContact' | 'unsafePersonMayMonitor' | 'othersAwareOfContact'>): SafetyItem[] {
  const items: SafetyItem[] = [];
  if (c.doNotContact) items.push({ key: 'safety.doNotContact', level: 'danger', testId: 'safety-do-not-contact' });
  const monitor = { yes: 'danger', unknown: 'caution', no: 'clear' } as const;
  items.push({ key: `safety.monitor_${c.unsafePersonMayMonitor}`, level: monitor[c.unsafePersonMayMonitor], testId: 'safety-monitor' });
  const aware = { no: 'caution', unknown: 'caution', yes: 'clear' } as const;
  items.push({ key: `safety.aware_${c.othersAwareOfContact}`, level: aware[c.othersAwareOfContact], testId: 'safety-aware' });
  return items;
}

/** The banner takes the colour of its most serious item. */
export function safetyLevel(items: readonly SafetyItem[]): SafetyLevel {
  if (items.some((i) => i.level === 'danger')) return 'danger';
  if (items.some((i) => i.level === 'caution')) return 'caution';
  return 'clear';
}
