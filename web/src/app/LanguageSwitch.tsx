import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../common/i18n/languages.js';
import { MenuButton } from '../components/MenuButton.js';
import { useSession } from './session.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const current = UI_LANGUAGES.find((l) => l.code === i18n.language) ?? UI_LANGUAGES[0];
  const choose = (code: UiLanguage) => {
    // The switch happens at once; if saving the preference fails, the account keeps its old one.
    changeLanguage(code).catch(() => undefined);
  };
  return (
    <MenuButton
      label={
        <>
          <span className="visually-hidden">{t('app.shell.language')} </span>
          <span lang={current.code} className="d-none d-md-inline">
            {current.name}
          </span>
          <span lang={current.code} className="d-md-none">
            {current.code.toUpperCase()}
          </span>
        </>
      }
      buttonClassName="app-header-button"
    >
      {(close) =>
        UI_LANGUAGES.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              className="dropdown-item list-item"
              lang={l.code}
              dir={l.dir}
              aria-current={l.code === current.code ? 'true' : undefined}
              onClick={() => {
                close();
                choose(l.code);
              }}
            >
              <span>{l.name}</span>
            </button>
          </li>
        ))
      }
    </MenuButton>
  );
}
