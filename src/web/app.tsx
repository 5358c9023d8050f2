/** The app shell: who is logged in, the top bar, and which page shows. */
import { useCallback, useEffect, useState } from 'react';
import type { Me } from './api/api-types.ts';
import { ApiError, api, get, setCsrfToken } from './api/client.ts';
import { navigate, useRoute } from './lib/router.ts';
import { LoginView } from './views/login/login-view.tsx';
import { ManagerView } from './views/manager/manager-view.tsx';
import { TodayView } from './views/today/today-view.tsx';

type Session = { state: 'loading' } | { state: 'anonymous' } | { state: 'in'; me: Me };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const route = useRoute();

  const signedIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setSession({ state: 'in', me });
  }, []);

  useEffect(() => {
    get<Me>('/api/session')
      .then(signedIn)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setSession({ state: 'anonymous' });
        else setSession({ state: 'anonymous' });
      });
  }, [signedIn]);

  if (session.state === 'loading') return <p className="boot">Loading…</p>;
  if (session.state === 'anonymous') return <LoginView onSignedIn={signedIn} />;

  const { me } = session;
  const canManage = me.user.role !== 'rep';
  const logout = async () => {
    await api('DELETE', '/api/session').catch(() => {});
    setCsrfToken(null);
    setSession({ state: 'anonymous' });
  };

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="/" onClick={(e) => (e.preventDefault(), navigate({ page: 'today' }))}>
          closeloop
        </a>
        <nav aria-label="Main">
          <a href="/" aria-current={route.page === 'today' ? 'page' : undefined} onClick={(e) => (e.preventDefault(), navigate({ page: 'today' }))}>
            Today
          </a>
          {canManage && (
            <a href="/team/queue" aria-current={route.page === 'team' ? 'page' : undefined} onClick={(e) => (e.preventDefault(), navigate({ page: 'team', tab: 'queue' }))}>
              Team
            </a>
          )}
        </nav>
        <span className="who">
          {me.user.name} <span className="role">{me.user.role}</span>
        </span>
        <button type="button" className="link" onClick={() => void logout()}>
          Log out
        </button>
      </header>
      {route.page === 'team' && canManage ? <ManagerView me={me} route={route} /> : <TodayView me={me} dealId={route.page === 'today' ? route.dealId : undefined} owner={route.page === 'today' ? route.owner : undefined} />}
    </div>
  );
}
