/**
 * Side-by-side placement of overlapping blocks in one column (a day, or a room on a day). Blocks that
 * overlap, directly or through a chain, form a cluster; each takes the first lane free at its start, and
 * every block of a cluster is as wide as the cluster's lane count allows. Pure, so it is unit tested.
 */
export interface Placed<T> {
  item: T;
  /** Wall-clock minutes on the column's day. */
  top: number;
  bottom: number;
  lane: number;
  lanes: number;
}

export function placeInLanes<T>(items: readonly T[], span: (item: T) => { top: number; bottom: number }): Array<Placed<T>> {
  const sorted = items
    .map((item) => ({ item, ...span(item) }))
    .map((p) => ({ ...p, bottom: Math.max(p.bottom, p.top + 1) }))
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  const out: Array<Placed<T>> = [];
  let cluster: Array<Placed<T>> = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    out.push(...cluster);
    cluster = [];
    laneEnds = [];
  };
  for (const p of sorted) {
    if (p.top >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= p.top);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(p.bottom);
    } else laneEnds[lane] = p.bottom;
    cluster.push({ item: p.item, top: p.top, bottom: p.bottom, lane, lanes: 0 });
    clusterEnd = Math.max(clusterEnd, p.bottom);
  }
  close();
  return out;
}

/**
 * The hours the grid shows: the working day (08:00–18:00 unless the data says otherwise), widened to
 * whole hours around anything booked earlier or later, so nothing is ever off the grid, with an hour after
 * a late booking, so there is always a free slot below it to book or to step to with the keyboard.
 */
export function visibleHours(spans: ReadonlyArray<{ top: number; bottom: number }>, from = 8, to = 18): { first: number; last: number } {
  let first = from;
  let last = to;
  for (const s of spans) {
    first = Math.min(first, Math.floor(s.top / 60));
    last = Math.max(last, Math.ceil(s.bottom / 60) + (s.bottom >= to * 60 ? 1 : 0));
  }
  return { first: Math.max(0, first), last: Math.min(24, Math.max(last, first + 1)) };
}
