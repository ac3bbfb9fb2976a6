import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../../../shared/screening';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useStartScreening, type Screening } from '../../../data/screening';
import { vocabKey } from '../vocab';
import { pick } from './lang';

/** Choose an instrument: each shows its population, jurisdiction and source, so the choice is informed. */
export function InstrumentPicker({ caseId, onStarted, onCancel }: { caseId: number; onStarted: (s: Screening) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const start = useStartScreening(caseId);
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <section className="panel instrument-picker" aria-labelledby="picker-title" data-testid="instrument-picker">
      <RadioGroup value={choice} onChange={setChoice} className="instrument-list">
        <Label id="picker-title" className="field-label">
          {t('screeningPage.chooseInstrument')}
        </Label>
        {INSTRUMENTS.map((i) => (
          <Radio key={i.id} value={i.id} className="instrument-card" data-testid={`instrument-${i.id}`}>
            <span className="instrument-name">{pick(i.name, i18n.language)}</span>
            <span className="instrument-meta">
              {t('screeningPage.population')}: {t(vocabKey('population', i.population))} · {t('screeningPage.jurisdiction')}:{' '}
              {t(vocabKey('instrumentJurisdiction', i.jurisdiction))} · {t('screeningPage.questionCount', { n: String(i.questions.length) })}
            </span>
            <span className="instrument-source">
              {i.source.citation} <span className="source-url">{i.source.url}</span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      <ErrorMessage error={start.error} />
      <div className="actions actions-start">
        <Button
          className="button button-primary"
          isDisabled={!choice}
          data-busy={start.isPending || undefined}
          onPress={() => choice && !start.isPending && start.mutate({ caseId, instrumentId: choice }, { onSuccess: onStarted })}
          data-testid="screening-begin"
        >
          {t('screeningPage.begin')}
        </Button>
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
