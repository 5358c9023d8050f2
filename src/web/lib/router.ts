/** A very small router on the History API: the app has a handful of pages, which does not call for a library. */
import { useEffect, useState } from 'react';

export type Route =
  | {
      page: 'today';
      dealId?: string | undefined;
      owner?: string | undefined;
      /** The proposal picked on the open deal; absent: the one most in need of a decision. */
      proposalId?: string | undefined;
    }
  /** A link to one proposal (what the copilot and MCP hand out): it opens on its deal. */
  | { page: 'proposal'; proposalId: string }
  | {
      page: 'team';
      tab: 'queue' | 'stats' | 'kpis' | 'audit' | 'runs' | 'users';
      runId?: string | undefined;
    };

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const owner = params.get('owner') ?? undefined;
  const deal = /^\/deals\/([^/]+)$/.exec(pathname);
  if (deal)
    return {
      page: 'today',
      dealId: decodeURIComponent(deal[1]!),
      owner,
      proposalId: params.get('proposal') ?? undefined,
    };
  const proposal = /^\/proposals\/([^/]+)$/.exec(pathname);
  if (proposal) return { page: 'proposal', proposalId: decodeURIComponent(proposal[1]!) };
  const team = /^\/team(?:\/(queue|stats|kpis|audit|runs|users))?(?:\/([^/]+))?$/.exec(pathname);
  if (team)
    return {
      page: 'team',
      tab: (team[1] as 'queue' | undefined) ?? 'queue',
      runId: team[2] ? decodeURIComponent(team[2]) : undefined,
    };
  return { page: 'today', owner };
}

export function routePath(route: Route): string {
  if (route.page === 'team')
    return `/team/${route.tab}${route.runId ? `/${encodeURIComponent(route.runId)}` : ''}`;
  if (route.page === 'proposal') return `/proposals/${encodeURIComponent(route.proposalId)}`;
  const params = new URLSearchParams({
    ...(route.owner ? { owner: route.owner } : {}),
    ...(route.dealId && route.proposalId ? { proposal: route.proposalId } : {}),
  }).toString();
  const q = params ? `?${params}` : '';
  return route.dealId ? `/deals/${encodeURIComponent(route.dealId)}${q}` : `/${q}`;
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = routePath(route);
  if (path === `${location.pathname}${location.search}`) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname, location.search));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.pathname, location.search));
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return route;
}
