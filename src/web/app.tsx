/** The app shell: who is logged in, the top bar, and which page shows. */

import type { MouseEvent } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { Me } from './api/api-types.ts';
import { ApiError, api, get, setCsrfToken } from './api/client.ts';
import { navigate, type Route, useRoute } from './lib/router.ts';
import { LoginView } from './views/login/login-view.tsx';
import { ManagerView } from './views/manager/manager-view.tsx';
import { TodayView } from './views/today/today-view.tsx';

/** A link's click handled by the app's router (a real href stays for new tabs and screen readers). */
const follow = (route: Route) => (event: MouseEvent) => {
  event.preventDefault();
  navigate(route);
};

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
        <a className="brand" href="/" onClick={follow({ page: 'today' })}>
          closeloop
        </a>
        <nav aria-label="Main">
          <a
            href="/"
            aria-current={route.page === 'today' ? 'page' : undefined}
            onClick={follow({ page: 'today' })}
          >
            Today
          </a>
          {canManage && (
            <a
              href="/team/queue"
              aria-current={route.page === 'team' ? 'page' : undefined}
              onClick={follow({ page: 'team', tab: 'queue' })}
            >
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
      {route.page === 'team' && canManage ? (
        <ManagerView me={me} route={route} />
      ) : (
        // A proposal link opens on the Today page, so the copilot's conversation there carries on.
        <TodayView
          me={me}
          dealId={route.page === 'today' ? route.dealId : undefined}
          owner={route.page === 'today' ? route.owner : undefined}
          proposalId={route.page === 'today' ? route.proposalId : undefined}
          linkedProposalId={route.page === 'proposal' ? route.proposalId : undefined}
        />
      )}
    </div>
  );
}
