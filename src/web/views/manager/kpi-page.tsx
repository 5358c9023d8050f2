/** The team's KPIs: what the copilot and the missions did, each figure with its caveat ("estimate", "correlation"). */
import { useState } from 'react';
import type { CopilotKpis } from '../../api/api-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatDay, formatDuration, humanize, percent } from '../../lib/format.ts';
import { WindowPicker } from './window-picker.tsx';

const usd = (x: number) => `$${x.toFixed(4)}`;

function Caveat({ label }: { label: string }) {
  return <span className="badge warn caveat">{label}</span>;
}

function Figures({ k }: { k: CopilotKpis }) {
  const { pipeline } = k;
  return (
    <dl className="kpi-cards">
      <div className="kpi-card">
        <dt>
          Time saved <Caveat label={k.timeSaved.label} />
        </dt>
        <dd className="figure">{k.timeSaved.hours} h</dd>
        <dd className="muted">{k.timeSaved.minutes} minutes of work done for people</dd>
      </div>
      <div className="kpi-card">
        <dt>Proposals approved</dt>
        <dd className="figure">{percent(k.decisions.approvalRate)}</dd>
        <dd className="muted">
          of {k.decisions.decided} decided; {percent(k.decisions.editRate)} edited first,{' '}
          {percent(k.decisions.rejectRate)} rejected
        </dd>
      </div>
      <div className="kpi-card">
        <dt>Drafts with a claim problem</dt>
        <dd className="figure">{percent(k.grounding.issueRate)}</dd>
        <dd className="muted">of {k.grounding.drafts} drafts</dd>
      </div>
      <div className="kpi-card">
        <dt>Copilot cache hits</dt>
        <dd className="figure">{percent(k.cacheHitRate)}</dd>
        <dd className="muted">of {k.tasks.reduce((n, t) => n + t.done, 0)} answers</dd>
      </div>
      <div className="kpi-card">
        <dt>
          Deals that moved stage <Caveat label={pipeline.label} />
        </dt>
        <dd className="figure">
          {percent(pipeline.withApprovedAction.rate)} vs {percent(pipeline.without.rate)}
        </dd>
        <dd className="muted">with an approved action vs without</dd>
      </div>
    </dl>
  );
}

function Detail({ k }: { k: CopilotKpis }) {
  const basis = k.timeSaved.basis.filter((b) => b.count > 0);
  return (
    <>
      <h2>
        Time saved, by task <Caveat label={k.timeSaved.label} />
      </h2>
      <p className="muted">
        Each task counts the minutes a careful rep spends doing it by hand (set with
        CLOSELOOP_MINUTES_PER_TASK).
      </p>
      {basis.length === 0 ? (
        <p className="muted">Nothing done in this window yet.</p>
      ) : (
        <table className="grid">
          <caption className="sr-only">Time saved by task</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Done</th>
              <th scope="col">Minutes each</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {basis.map((b) => (
              <tr key={b.task}>
                <th scope="row">{humanize(b.task)}</th>
                <td className="num">{b.count}</td>
                <td className="num">{b.minutesEach}</td>
                <td className="num">{b.count * b.minutesEach}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Decisions by rep</h2>
      {k.decisions.byRep.length === 0 ? (
        <p className="muted">No decisions in this window yet.</p>
      ) : (
        <table className="grid">
          <caption className="sr-only">Decisions by rep</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Decided</th>
              <th scope="col">Approved</th>
              <th scope="col">Edited before approval</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {k.decisions.byRep.map((r) => (
              <tr key={r.repEmail}>
                <th scope="row">{r.repEmail}</th>
                <td className="num">{r.decided}</td>
                <td className="num">{percent(r.approvalRate)}</td>
                <td className="num">{percent(r.editRate)}</td>
                <td className="num">{percent(r.rejectRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Grounding</h2>
      <p>
        {k.grounding.drafts} drafts: {k.grounding.blocked} blocked by the guardrails,{' '}
        {k.grounding.editedAfterAFinding} edited after a finding, {k.grounding.rejectedAsWrong} rejected as
        wrong.
      </p>

      <h2>Copilot tasks</h2>
      {k.tasks.length === 0 ? (
        <p className="muted">No copilot requests in this window yet.</p>
      ) : (
        <table className="grid">
          <caption className="sr-only">Copilot latency and model cost per task</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Done</th>
              <th scope="col">Cache hits</th>
              <th scope="col">p50</th>
              <th scope="col">p95</th>
              <th scope="col">Model tokens</th>
              <th scope="col">Model cost per task</th>
            </tr>
          </thead>
          <tbody>
            {k.tasks.map((t) => (
              <tr key={t.task}>
                <th scope="row">{humanize(t.task)}</th>
                <td className="num">{t.done}</td>
                <td className="num">{t.cacheHits}</td>
                <td className="num">{formatDuration(t.p50Ms)}</td>
                <td className="num">{formatDuration(t.p95Ms)}</td>
                <td className="num">{t.llmTokens}</td>
                <td className="num">{usd(t.costUsdPerTask)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>
        Pipeline progression <Caveat label={k.pipeline.label} />
      </h2>
      <p className="muted">
        Deals with an approved action may differ from the others in many ways: this does not show the action
        moved them.
      </p>
      <table className="grid">
        <caption className="sr-only">Deals that moved stage, with and without an approved action</caption>
        <thead>
          <tr>
            <th scope="col">Deals</th>
            <th scope="col">Count</th>
            <th scope="col">Moved stage</th>
            <th scope="col">Rate</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['With an approved action', k.pipeline.withApprovedAction],
              ['Without', k.pipeline.without],
            ] as const
          ).map(([label, p]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{p.deals}</td>
              <td className="num">{p.progressed}</td>
              <td className="num">{percent(p.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function KpiPage() {
  const [days, setDays] = useState(30);
  const since = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const { data, error } = useResource<CopilotKpis>(`/api/kpis?team=true&since=${since}`);
  return (
    <section aria-labelledby="kpi-title" className="kpis">
      <h1 id="kpi-title">KPIs</h1>
      <WindowPicker id="kpi-window" days={days} onChange={setDays} />
      {data && (
        <span className="muted">
          {' '}
          {data.scope.team ? 'The team' : 'You'}, {formatDay(data.scope.since)} to{' '}
          {formatDay(data.scope.until)}
        </span>
      )}
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {!data && !error && <p className="muted">Loading the figures…</p>}
      {data && (
        <>
          <Figures k={data} />
          <Detail k={data} />
        </>
      )}
    </section>
  );
}
