import type { Role } from '@klantstem/contracts';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useI18n } from '../shared/i18n';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { LiveProvider } from './live';
import { MentionCount, MentionNews } from './mentions';
import { useMe, useSignOut } from './session';
import { Setup } from './Setup';
import { SignIn } from './SignIn';
import { ErrorMessage } from './ui';

interface Screen {
  path: string;
  label: string;
  roles: readonly Role[];
  page: LazyExoticComponent<ComponentType>;
}

const ALL: readonly Role[] = ['admin', 'agent', 'analyst'];

// Each screen is its own chunk: the first page loads only what it shows.
const SCREENS: Screen[] = [
  { path: 'overview', label: 'nav.overview', roles: ALL, page: lazy(() => import('./pages/Overview')) },
  {
    path: 'conversations',
    label: 'nav.conversations',
    roles: ALL,
    page: lazy(() => import('./pages/Conversations')),
  },
  { path: 'signals', label: 'nav.signals', roles: ALL, page: lazy(() => import('./pages/Signals')) },
  { path: 'language', label: 'nav.language', roles: ALL, page: lazy(() => import('./pages/Language')) },
  { path: 'intents', label: 'nav.intents', roles: ALL, page: lazy(() => import('./pages/Intents')) },
  { path: 'knowledge', label: 'nav.knowledge', roles: ALL, page: lazy(() => import('./pages/Knowledge')) },
  { path: 'settings', label: 'nav.settings', roles: ['admin'], page: lazy(() => import('./pages/Settings')) },
];
const CustomerPage = lazy(() => import('./pages/Customer'));
const ConversationPage = lazy(() => import('./pages/Conversation'));
const RecordContactPage = lazy(() => import('./pages/RecordContact'));
const CannedRepliesPage = lazy(() => import('./pages/CannedReplies'));

export function StaffApp() {
  const { t } = useI18n();
  const me = useMe();
  const signOut = useSignOut();

  if (me.isPending) return <p className="hint page-pad">{t('common.loading')}</p>;
  if (me.isError) return <ErrorMessage error={me.error} />;
  if (!me.data) {
    const token = new URLSearchParams(window.location.search).get('token');
    return window.location.pathname === '/setup' && token ? <Setup token={token} /> : <SignIn />;
  }

  const screens = SCREENS.filter((screen) => screen.roles.includes(me.data!.role));
  return (
    <LiveProvider>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="staff-header">
        <span className="brand">Klantstem</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {screens.map((screen) => (
              <li key={screen.path}>
                <NavLink to={`/${screen.path}`}>
                  {t(screen.label)}
                  {screen.path === 'conversations' && <MentionCount />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <MentionNews />
        <div className="staff-user">
          <span>
            {me.data.name} <span className="hint">({t(`roles.${me.data.role}`)})</span>
          </span>
          <LanguageSwitch />
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="staff-main">
        <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
          <Routes>
            {screens.map((screen) => (
              <Route key={screen.path} path={`/${screen.path}`} element={<screen.page />} />
            ))}
            <Route path="/customers/:id" element={<CustomerPage />} />
            {me.data.role !== 'analyst' && (
              <>
                <Route path="/conversations/new" element={<RecordContactPage />} />
                <Route path="/conversations/canned" element={<CannedRepliesPage />} />
              </>
            )}
            <Route path="/conversations/:id" element={<ConversationPage />} />
            <Route path="*" element={<Navigate to="/overview" replace />} />
          </Routes>
        </Suspense>
      </main>
    </LiveProvider>
  );
}
