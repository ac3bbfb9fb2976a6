import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog';
import { ALL_SECTIONS, canSee, NAV_SECTIONS } from './sections';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  isAdmin: boolean;
}

/** Lists every keyboard shortcut, generated from the same section table the keymap reads. */
export function ShortcutsDialog({ isOpen, onOpenChange, isAdmin }: Props) {
  const { t } = useTranslation();
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  const rows: [string, string][] = [[`${mod}+L`, t('shortcuts.lock')], ['?', t('shortcuts.help')]];
  NAV_SECTIONS.forEach((s, i) => {
    if (canSee(s, isAdmin)) rows.push([`Alt+${i + 1}`, t('shortcuts.goTo', { section: t(s.labelKey) })]);
  });
  for (const s of ALL_SECTIONS) {
    if (canSee(s, isAdmin)) rows.push([`g ${s.letter}`, t('shortcuts.goTo', { section: t(s.labelKey) })]);
  }
  rows.push(['f', t('shortcuts.searchCases')]);
  rows.push(['/', t('shortcuts.searchNotes')]);
  rows.push(['↑ ↓ · Enter', t('shortcuts.caseRows')]);
  rows.push(['↑ ↓ · Enter · m', t('referralsPage.shortcutBoard')]);
  rows.push(['Esc', t('shortcuts.escape')]);

  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('shortcuts.title')} testId="shortcuts-dialog">
      <p className="muted small">{t('shortcuts.intro')}</p>
      <table className="table table-compact">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}
