import { useState } from 'react';
import { Button, Radio, RadioGroup, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/ModalDialog';
import type { MoveScope } from './useMoveFlow';

/** A recurring booking was moved: only this occurrence, this one and those after it, or the whole series? */
export function ScopeDialog({ when, onChoose, onCancel }: { when: string; onChoose: (s: MoveScope) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<MoveScope>('occurrence');
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} title={t('schedule.scope.title')} testId="scope-dialog">
      <p>{t('schedule.scope.intro', { when })}</p>
      <RadioGroup className="field" value={scope} onChange={(v) => setScope(v as MoveScope)}>
        <Label className="field-label">{t('schedule.scope.label')}</Label>
        {(['occurrence', 'following', 'series'] as const).map((s) => (
          <Radio key={s} value={s} className="radio" data-testid={`scope-${s}`}>
            <span>
              {t(`schedule.scope.${s}`)} <span className="muted small">— {t(`schedule.scope.${s}Help`)}</span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      <div className="actions">
        <Button className="button" slot="close">
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" onPress={() => onChoose(scope)} data-testid="scope-confirm">
          {t('schedule.scope.confirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}
