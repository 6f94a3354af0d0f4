import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NAV_ROUTES, type Route } from '../lib/route';

export function NavBar({ current, onGo }: { current: Route; onGo: (route: Route) => void }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="nav-list">
        {NAV_ROUTES.map((route) => (
          <li key={route}>
            <button type="button" className="nav-button" aria-current={route === current ? 'page' : undefined} onClick={() => onGo(route)}>
              {t(`nav.${route}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
