import { useEffect } from 'react';
import { ESCALATION_WORDS } from '../../../shared/domain/cases/vocabulary';
import { exportDashboardCsv, loadDashboard } from '../actions/dashboard-actions';
import { BarChart } from '../components/dashboard/BarChart';
import { useDashboardStore } from '../stores/dashboard-store';
import '../styles/cases.css';

function Tile({ label, value, testId }: { readonly label: string; readonly value: string; readonly testId: string }) {
  return (
    <div className="dashboard__tile" data-testid={testId}>
      <span className="dashboard__figure">{value}</span>
      {label}
    </div>
  );
}

/** Supervisors at a glance: open cases, late returns by escalation step, wipe backlog, pickups awaiting disposition, time to recovery. */
export function DashboardScreen() {
  const view = useDashboardStore((s) => s.view);
  useEffect(() => {
    void loadDashboard();
    return () => useDashboardStore.getState().left();
  }, []);
  if (view === null) return <p>Loading the dashboard…</p>;
  const late = view.overdueByStep.map((s) => ({ label: s.step === 'none' ? 'Late, not yet reminded' : ESCALATION_WORDS[s.step], value: s.cases, late: true }));
  const weeks = view.openByWeek.map((w) => ({ label: `Week of ${w.week}`, value: w.cases }));
  return (
    <section className="screen dashboard" aria-label="Dashboard">
      <div className="returns__bar">
        <h1>Dashboard</h1>
        <button type="button" className="button" onClick={() => void exportDashboardCsv()}>
          Export open cases (CSV)
        </button>
      </div>
      <div className="dashboard__tiles">
        <Tile label="Open cases" value={String(view.openCases)} testId="tile-open" />
        <Tile label="Cases with late returns" value={String(view.overdueByStep.reduce((n, s) => n + s.cases, 0))} testId="tile-late" />
        <Tile label="Devices waiting for a wipe" value={String(view.wipeBacklog)} testId="tile-wipes" />
        <Tile label="Picked up, awaiting disposition" value={String(view.pickupsAwaitingDisposition)} testId="tile-pickups" />
        <Tile
          label={`Median days from separation to full recovery (${view.recoveredCases} closed)`}
          value={view.medianDaysToRecovery === null ? '—' : String(view.medianDaysToRecovery)}
          testId="tile-median"
        />
      </div>
      <div className="dashboard__charts">
        <div className="case-section">
          <h2>Late returns by escalation step reached</h2>
          <BarChart title="Cases with late returns by escalation step" bars={late} />
        </div>
        <div className="case-section">
          <h2>Open cases by week of separation</h2>
          <BarChart title="Open cases by week of separation" bars={weeks} />
        </div>
      </div>
    </section>
  );
}
