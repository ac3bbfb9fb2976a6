import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/legal';
import { useWidth } from '../cases/list/useWidth';
import { useIsoDay } from './isoDay';
import { laneOf, scaleFor, type MarkShape, type TimelineBand, type TimelineMark } from './timelineModel';

const PAD = 18;
const BAND_TOP = 26;
const AXIS = 62;
const LANE0 = 100;
const LANE_H = 30;
const LANES = 6;

/** Each kind of date has its own shape, so the drawing reads without colour; the legend names them. */
function Shape({ shape, x, y }: { shape: MarkShape; x: number; y: number }) {
  switch (shape) {
    case 'fact':
      return <circle cx={x} cy={y} r={5} className="tl-fact" />;
    case 'expiry':
      return <rect x={x - 6} y={y - 6} width={12} height={12} className="tl-expiry" />;
    case 'court':
      return <path d={`M${x} ${y - 7} L${x + 7} ${y + 5} L${x - 7} ${y + 5} Z`} className="tl-court" />;
    default:
      return <path d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`} className="tl-deadline" />;
  }
}

/**
 * The matter's dates on one line (issue 12 "visual timeline"): the past shaded, today marked, filing and
 * renewal windows as hatched bands, each date a shape with its label. Drawn at the panel's real width so
 * text keeps its size at 1024 px; the deadline table beside it is the same information as text, and the
 * SVG's description lists every date for screen readers.
 */
export function MatterTimeline({ marks, bands, today }: { marks: readonly TimelineMark[]; bands: readonly TimelineBand[]; today: IsoDate }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(useWidth(box, 900), 320);
  const id = useId();
  const dates = [...marks.map((m) => m.date), ...bands.flatMap((b) => [b.from, b.to])];
  const scale = scaleFor(dates, today, PAD, width - PAD);
  const labels = marks.map((m) => `${t(m.labelKey)} · ${day.day(m.date)}`);
  const clampX = (x: number, w: number) => Math.min(Math.max(x, PAD + w / 2), width - PAD - w / 2);
  // About 6.6 px per character at 12 px: enough to keep lanes apart without measuring the DOM. Lanes are
  // given to labels where they will be drawn (kept inside the drawing), not where their date is.
  const widths = labels.map((l) => l.length * 6.6);
  const centres = marks.map((m, i) => clampX(scale.x(m.date), widths[i]!));
  const lanes = laneOf(
    centres.map((x, i) => ({ x, width: widths[i]! })),
    LANES,
  );
  const height = LANE0 + (Math.max(0, ...lanes) + 1) * LANE_H;
  const tx = scale.x(today);
  const description = [
    t('legalPage.timeline.todayIs', { date: day.day(today) }),
    ...bands.map((b) => `${t(b.labelKey)}: ${day.day(b.from)} – ${day.day(b.to)}`),
    ...labels,
  ].join('; ');

  return (
    <div className="matter-timeline" ref={box} data-testid="matter-timeline">
      <svg width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`} className="tl-svg">
        <title id={`${id}-t`}>{t('legalPage.timeline.title')}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="tl-band-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="tl-hatch" />
          </pattern>
          <pattern id={`${id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="tl-band-bg tl-band-bg-renewal" />
            <circle cx="3" cy="3" r="1.2" className="tl-dot" />
          </pattern>
        </defs>
        <rect x={PAD} y={BAND_TOP - 8} width={Math.max(0, tx - PAD)} height={AXIS - BAND_TOP + 16} className="tl-past" />
        <text x={PAD + 4} y={BAND_TOP - 12} className="tl-small">
          {t('legalPage.timeline.past')}
        </text>
        {bands.map((b, i) => {
          const x1 = scale.x(b.from);
          const x2 = Math.max(scale.x(b.to), x1 + 2);
          const label = t(b.labelKey);
          const w = label.length * 6.6;
          return (
            <g key={`${b.labelKey}-${i}`}>
              <rect x={x1} y={BAND_TOP + i * 4} width={x2 - x1} height={AXIS - BAND_TOP - 6 - i * 4} fill={`url(#${id}-${b.tone === 'window' ? 'hatch' : 'dots'})`} className="tl-band" />
              <text x={clampX((x1 + x2) / 2, w)} y={BAND_TOP + 14 + i * 4} textAnchor="middle" className="tl-band-label">
                {label}
              </text>
            </g>
          );
        })}
        <line x1={PAD} x2={width - PAD} y1={AXIS} y2={AXIS} className="tl-axis" />
        {scale.ticks.map((tick) => (
          <g key={tick.date}>
            <line x1={scale.x(tick.date)} x2={scale.x(tick.date)} y1={AXIS - 4} y2={AXIS + 4} className="tl-axis" />
            <text x={scale.x(tick.date)} y={AXIS + 16} textAnchor="middle" className="tl-tick">
              {tick.year ? tick.date.slice(0, 4) : day.month(tick.date)}
            </text>
          </g>
        ))}
        <line x1={tx} x2={tx} y1={BAND_TOP - 10} y2={height - 4} className="tl-today" />
        <text x={clampX(tx, 60)} y={12} textAnchor="middle" className="tl-today-label">
          {t('legalPage.timeline.today')}
        </text>
        {marks.map((m, i) => {
          const x = scale.x(m.date);
          const lane = lanes[i]!;
          const y = LANE0 + lane * LANE_H;
          return (
            <g key={`${m.labelKey}-${m.date}-${i}`} className={m.date < today ? 'tl-mark tl-mark-past' : 'tl-mark'}>
              <line x1={x} x2={x} y1={AXIS} y2={y - 11} className="tl-stem" />
              <Shape shape={m.shape} x={x} y={AXIS} />
              <text x={centres[i]} y={y} textAnchor="middle" className="tl-label">
                {labels[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="tl-legend" aria-hidden="true">
        {(['fact', 'deadline', 'expiry', 'court'] as const).map((s) => (
          <li key={s}>
            <svg width="16" height="16">
              <Shape shape={s} x={8} y={8} />
            </svg>
            {t(`legalPage.timeline.shape_${s}`)}
          </li>
        ))}
        <li>
          <svg width="22" height="12">
            <rect width="22" height="12" fill={`url(#${id}-hatch)`} className="tl-band" />
          </svg>
          {t('legalPage.timeline.window')}
        </li>
      </ul>
    </div>
  );
}
