import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Icon } from '../components/Icon.js';
import { isolate } from './format.js';
import { MenuButton } from '../components/MenuButton.js';
import { useSession } from './session.js';

export function UserMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <MenuButton
      label={
        <>
          <Icon name="it-user" className="icon-sm icon-white me-1" />
          <bdi className="app-user-name d-none d-md-inline-block">{me.displayName}</bdi>
        </>
      }
      ariaLabel={t('app.shell.userMenu', { name: isolate(me.displayName) })}
      buttonClassName="app-header-button"
    >
      {(close) => (
        <>
          <li>
            <Link className="dropdown-item list-item" to="/profile" onClick={close}>
              <span>{t('app.shell.profile')}</span>
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="dropdown-item list-item"
              onClick={() => {
                close();
                void signOut().finally(() => navigate('/login'));
              }}
            >
              <span>{t('app.shell.signOut')}</span>
            </button>
          </li>
        </>
      )}
    </MenuButton>
  );
}
