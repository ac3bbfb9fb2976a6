import { useMemo, useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { codeName, COUNTRY_CODES, LANGUAGE_CODES, type CodeKind } from './codes';

interface Props {
  kind: CodeKind;
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  max: number;
  errorMessage?: string;
  testId: string;
}

/** Chosen countries or languages as removable chips, plus a searchable list (names in the UI language). */
export function CodeListPicker({ kind, label, value, onChange, max, errorMessage, testId }: Props) {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState('');
  const lang = i18n.language;
  const all = useMemo(() => {
    const codes = kind === 'region' ? COUNTRY_CODES : LANGUAGE_CODES;
    return codes.map((id) => ({ id, name: codeName(kind, id, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [kind, lang]);
  const items = all.filter((c) => !value.includes(c.id) && c.name.toLocaleLowerCase(lang).includes(input.trim().toLocaleLowerCase(lang)));

  return (
    <div className="code-picker">
      {value.length ? (
        <ul className="chips" aria-label={label}>
          {value.map((code) => {
            const name = codeName(kind, code, lang);
            return (
              <li key={code} className="chip">
                {name}
                <Button className="chip-remove" aria-label={t('answers.removeItem', { item: name })} onPress={() => onChange(value.filter((c) => c !== code))}>
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {value.length < max ? (
        <ComboBox
          className="field code-combobox"
          items={items}
          inputValue={input}
          onInputChange={setInput}
          selectedKey={null}
          onSelectionChange={(key) => {
            if (key === null) return;
            onChange([...value, String(key)]);
            setInput('');
          }}
          isInvalid={errorMessage ? true : undefined}
          menuTrigger="focus"
        >
          <Label className="visually-hidden">{t(kind === 'region' ? 'answers.addCountry' : 'answers.addLanguage', { field: label })}</Label>
          <div className="combobox-row">
            <Input className="input" placeholder={t(kind === 'region' ? 'answers.addCountryPlaceholder' : 'answers.addLanguagePlaceholder')} data-testid={testId} />
            <Button className="button combobox-button" aria-label={t('answers.showAll')}>
              ▾
            </Button>
          </div>
          <FieldError className="field-error">{errorMessage}</FieldError>
          <Popover className="popover">
            <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{t('answers.noMatch')}</div>}>
              {(item: { id: string; name: string }) => (
                <ListBoxItem id={item.id} className="listbox-item" textValue={item.name}>
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      ) : null}
    </div>
  );
}
