import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { isLang, LANGUAGES } from '../i18n/languages';

/** Language picker; each language is named in itself. The choice is remembered on this workstation. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      className="lang-select"
      value={i18n.language}
      onChange={(key) => {
        if (isLang(key)) setLanguage(key);
      }}
    >
      <Label className="lang-label">{t('common.language')}</Label>
      <Button className="button button-quiet select-button" data-testid="language-select">
        <SelectValue />
        <span aria-hidden="true" className="select-caret">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {LANGUAGES.map((l) => (
            <ListBoxItem key={l.code} id={l.code} className="listbox-item" lang={l.code} textValue={l.name}>
              {l.name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
