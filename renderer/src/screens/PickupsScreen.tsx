/** Pickups (being built). */
export function PickupsScreen() {
  return (
    <section className="screen" aria-label="Pickups">
      <h1>Pickups</h1>
    </section>
  );
}
