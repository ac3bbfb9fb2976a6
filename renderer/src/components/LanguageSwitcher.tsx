import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { isLang, LANGUAGES } from '../i18n/languages';
import { PSEUDO, pseudoEnabled } from '../i18n/pseudo';

/** Language picker; each language is named in itself. The choice is remembered on this workstation. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      className="lang-select"
      value={i18n.language}
      onChange={(key) => {
        if (isLang(key) || key === PSEUDO) setLanguage(key);
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
            <ListBoxItem key={l.code} id={l.code} className="listbox-item" lang={l.code} textValue={l.name} data-testid={`language-option-${l.code}`}>
              {l.name}
            </ListBoxItem>
          ))}
          {pseudoEnabled() ? (
            // A developer's tool (see i18n/pseudo.ts), offered only when its flag is set on this workstation.
            <ListBoxItem id={PSEUDO} className="listbox-item" textValue="Pseudo (qps)" data-testid={`language-option-${PSEUDO}`}>
              Pseudo (qps)
            </ListBoxItem>
          ) : null}
        </ListBox>
      </Popover>
    </Select>
  );
}
