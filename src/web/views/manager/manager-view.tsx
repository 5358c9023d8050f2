/** The manager's pages: the team's queue, how each rep decides, the KPIs, the audit trail, every run (and users, for admins). */
import type { Me } from '../../api/api-types.ts';
import { navigate, type Route } from '../../lib/router.ts';
import { AuditTrail } from './audit-trail.tsx';
import { KpiPage } from './kpi-page.tsx';
import { RepStats } from './rep-stats.tsx';
import { RunInspector } from './run-inspector.tsx';
import { TeamQueueView } from './team-queue.tsx';
import { UsersAdmin } from './users-admin.tsx';

type TeamRoute = Extract<Route, { page: 'team' }>;

const TABS: ReadonlyArray<[TeamRoute['tab'], string]> = [
  ['queue', 'Team queue'],
  ['stats', 'Rep stats'],
  ['kpis', 'KPIs'],
  ['audit', 'Audit trail'],
  ['runs', 'Runs'],
  ['users', 'Users'],
];

export function ManagerView({ me, route }: { me: Me; route: TeamRoute }) {
  const tabs = TABS.filter(([tab]) => tab !== 'users' || me.user.role === 'admin');
  return (
    <main className="manager">
      <nav className="tabs" aria-label="Team pages">
        {tabs.map(([tab, label]) => (
          <a
            key={tab}
            href={`/team/${tab}`}
            aria-current={route.tab === tab ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate({ page: 'team', tab });
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      {route.tab === 'queue' && <TeamQueueView />}
      {route.tab === 'stats' && <RepStats />}
      {route.tab === 'kpis' && <KpiPage />}
      {route.tab === 'audit' && <AuditTrail me={me} />}
      {route.tab === 'runs' && <RunInspector runId={route.runId} />}
      {route.tab === 'users' && me.user.role === 'admin' && <UsersAdmin />}
    </main>
  );
}
