import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/cases/schemas';
import { useFormat } from '../../../i18n/format';
import { answerOf, sameAnswer } from '../answers';
import { AnswerDisplay } from './AnswerDisplay';
import type { FieldSpec, ProfileDrafts } from './profileFields';

interface Props {
  current: CaseFile;
  /** Profile fields being edited, to list where the saved version differs from the entries. */
  fields: readonly FieldSpec[];
  drafts: ProfileDrafts | null;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone saved this case in between. Shows the version now saved and, field by field, what it holds where
 * it differs from the entries; nothing is overwritten until the person chooses.
 */
export function ConflictNotice({ current, fields, drafts, onKeepMine, onUseTheirs }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const differs = drafts && current.profile
    ? fields.filter((f) => {
        const mine = answerOf(drafts[f.name], f.kind);
        return !mine.ok || !sameAnswer(mine.answer, current.profile![f.name]);
      })
    : [];
  return (
    <div className="alert alert-warning conflict" role="alert" data-testid="conflict">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.body', { version: String(current.header.version), when: fmt.dateTime(current.header.updatedAt) })}
      </p>
      {differs.length ? (
        <>
          <p className="small">{t('conflict.differs')}</p>
          <dl className="facts conflict-facts">
            {differs.map((f) => (
              <div key={f.name} className="facts-row">
                <dt>{t(f.label)}</dt>
                <dd>
                  <AnswerDisplay spec={f} answer={current.profile![f.name]} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <div className="actions actions-start">
        <Button className="button button-primary" onPress={onKeepMine} data-testid="conflict-keep-mine">
          {t('conflict.keepMine')}
        </Button>
        <Button className="button" onPress={onUseTheirs} data-testid="conflict-use-theirs">
          {t('conflict.useTheirs')}
        </Button>
      </div>
    </div>
  );
}
