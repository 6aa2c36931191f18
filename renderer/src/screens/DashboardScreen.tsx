/** Dashboard (being built). */
export function DashboardScreen() {
  return (
    <section className="screen" aria-label="Dashboard">
      <h1>Dashboard</h1>
    </section>
  );
}
