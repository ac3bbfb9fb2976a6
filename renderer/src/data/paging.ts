/** Rows per request: small enough to answer at once on 10k cases, large enough for a few screens of scrolling. */
export const CASE_PAGE_SIZE = 150;

/** Where the next page starts, or undefined when every row matching the filters is loaded. */
export function nextOffset(pages: readonly { rows: readonly unknown[]; total: number }[]): number | undefined {
  const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
  const total = pages.at(-1)?.total ?? 0;
  const lastEmpty = pages.length > 0 && pages.at(-1)!.rows.length === 0;
  return loaded < total && !lastEmpty ? loaded : undefined;
}
