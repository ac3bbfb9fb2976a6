import { useState } from 'react';
import { Button, Form, Input, Label, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** "Search notes": full-text search across every note this person may read, opened on Enter. */
export function NoteSearchBox({ onSearch }: { onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const submit = () => {
    if (q.trim()) onSearch(q.trim());
  };
  return (
    <Form
      className="note-search-box"
      role="search"
      aria-label={t('noteSearch.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {/* The button stays outside the SearchField: inside, react-aria would make it the field's clear button. */}
      <SearchField className="field search-field" value={q} onChange={setQ} onSubmit={submit}>
        <Label className="field-label">{t('noteSearch.label')}</Label>
        <Input className="input" placeholder={t('noteSearch.placeholder')} data-testid="note-search-input" />
      </SearchField>
      <Button type="submit" className="button" data-testid="note-search-submit">
        {t('noteSearch.submit')}
      </Button>
    </Form>
  );
}
