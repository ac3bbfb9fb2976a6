import type { SessionStatus } from './model';

/** Catalogue key of each status's name. */
export const STATUS_LABEL: Record<SessionStatus, string> = {
  planned: 'schedule.status.planned',
  held: 'schedule.status.held',
  cancelled: 'schedule.status.cancelled',
  no_show: 'schedule.status.no_show',
};

/**
 * A glyph per status, beside its name and a border pattern (solid, double, dashed with a hatch, dotted):
 * the status never rests on colour alone, and these glyphs are in the fonts every platform ships.
 */
export const STATUS_GLYPH: Record<SessionStatus, string> = {
  planned: '○',
  held: '✓',
  cancelled: '✕',
  no_show: '⊘',
};
