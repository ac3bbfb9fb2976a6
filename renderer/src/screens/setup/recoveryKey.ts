/** The last dash-separated group; the user re-types it to show they have the key written down. */
export function lastGroup(key: string): string {
  const groups = key.trim().split(/[-\s]+/);
  return (groups[groups.length - 1] ?? '').toUpperCase();
}

/** Case and surrounding spaces do not matter: the key is written down by hand. */
export function confirmsLastGroup(typed: string, key: string): boolean {
  const want = lastGroup(key);
  return want.length > 0 && typed.trim().toUpperCase() === want;
}
