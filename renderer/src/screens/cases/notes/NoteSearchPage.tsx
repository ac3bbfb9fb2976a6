import { useState } from 'react';
import { Button, Form, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageTitle } from '../../../components/PageTitle';
import { useNoteSearch } from '../../../data/notes';
import { useFormat } from '../../../i18n/format';
import type { CasesNav } from '../nav';
import { BackToList } from '../page/BackToList';
import { vocabKey } from '../vocab';
import { Snippet } from './Snippet';

/** Full-text search over every note this person may read, across cases; a result opens the case's notes. */
export function NoteSearchPage({ initialQuery, nav }: { initialQuery: string; nav: CasesNav }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [text, setText] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const results = useNoteSearch(query);
  const submit = () => setQuery(text.trim());

  return (
    <div className="note-search">
      <BackToList nav={nav} />
      <PageTitle>{t('noteSearch.title')}</PageTitle>
      <Form
        role="search"
        aria-label={t('noteSearch.title')}
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SearchField className="field search-field search-wide" value={text} onChange={setText} onSubmit={submit}>
          <Label className="field-label">{t('noteSearch.label')}</Label>
          <Input className="input" placeholder={t('noteSearch.placeholder')} data-testid="note-search-page-input" />
        </SearchField>
        <Button type="submit" className="button button-primary" data-testid="note-search-page-submit">
          {t('noteSearch.submit')}
        </Button>
      </Form>
      <p className="muted small">{t('noteSearch.scope')}</p>
      <ErrorMessage error={results.error} />
      <p role="status" className="small" data-testid="note-search-count">
        {results.data ? t('noteSearch.count', { n: fmt.number(results.data.length), query }) : results.isFetching ? t('common.loading') : ''}
      </p>
      <ol className="search-results" data-testid="note-search-results">
        {results.data?.map((r) => (
          <li key={r.noteId} className="search-result" data-testid={`note-hit-${r.noteId}`}>
            <div className="search-result-head">
              <Button className="button button-link case-number" onPress={() => nav.openCase(r.caseId, 'notes')} data-testid={`note-hit-open-${r.noteId}`}>
                {r.caseNumber}
              </Button>
              <span className={`note-type note-type-${r.type}`}>{t(vocabKey('noteType', r.type))}</span>
              <span className="muted small">{fmt.dateTime(r.updatedAt)}</span>
            </div>
            <p className="search-snippet">
              <Snippet text={r.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
