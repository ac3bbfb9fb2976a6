import { useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { findInstrument } from '../../../../../shared/screening';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTimeline } from '../../../data/timeline';
import { useFormat } from '../../../i18n/format';
import { ALL_FIELDS } from '../intake/profileFields';
import type { CaseTabProps } from '../page/tabProps';
import { pick } from '../screening/lang';
import { groupByDay, kindLabelKey, kindOf, timelineText, type LabelDeps } from './timelineLabels';

/**
 * The case's story in one place: intake, screenings, notes, documents, assignments, tasks, each event in
 * the UI language under its day. Events of kinds this version does not know still show, generically.
 */
export function TimelineTab({ file }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const timeline = useTimeline(file.header.id);
  const [newestFirst, setNewestFirst] = useState(true);
  const deps: LabelDeps = {
    t: (k, p) => t(k, p),
    instrumentName: (id) => {
      const i = findInstrument(id);
      return i ? pick(i.name, i18n.language) : null;
    },
    staffName: (id) => file.header.assignments.find((a) => a.staffId === id)?.displayName ?? null,
    fieldLabel: (name) => ALL_FIELDS.find((f) => f.name === name)?.label ?? null,
  };
  const groups = groupByDay(timeline.data ?? [], newestFirst);

  return (
    <section className="timeline-tab" aria-labelledby="timeline-title">
      <div className="section-head">
        <h2 id="timeline-title">{t('casePage.tabTimeline')}</h2>
        <RadioGroup className="segmented" orientation="horizontal" aria-label={t('timelinePage.order')} value={newestFirst ? 'newest' : 'oldest'} onChange={(v) => setNewestFirst(v === 'newest')} data-testid="timeline-order">
          <Radio value="newest" className="segment">
            {t('timelinePage.showNewestFirst')}
          </Radio>
          <Radio value="oldest" className="segment">
            {t('timelinePage.showOldestFirst')}
          </Radio>
        </RadioGroup>
      </div>
      <ErrorMessage error={timeline.error} />
      {timeline.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {timeline.data && timeline.data.length === 0 ? <p className="muted">{t('timelinePage.none')}</p> : null}
      <ol className="timeline" data-testid="timeline">
        {groups.map((g) => (
          <li key={g.day} className="timeline-day">
            <h3 className="timeline-date">{g.entries[0] ? fmt.day(g.entries[0].at) : g.day}</h3>
            <ol className="timeline-events">
              {g.entries.map((e, i) => (
                <li key={`${e.at}-${i}`} className={`timeline-event kind-${kindOf(e)}`} data-testid="timeline-event" data-event={e.event}>
                  <span className="timeline-marker" aria-hidden="true" />
                  <span className="timeline-time">{fmt.time(e.at)}</span>
                  <span className="timeline-kind">{t(kindLabelKey(e))}</span>
                  <span className="timeline-text">{timelineText(e, deps)}</span>
                  {e.actor ? <span className="timeline-actor muted small">{t('timelinePage.by', { name: e.actor })}</span> : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
