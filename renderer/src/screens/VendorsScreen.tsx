/** Vendors (being built). */
export function VendorsScreen() {
  return (
    <section className="screen" aria-label="Vendors">
      <h1>Vendors</h1>
    </section>
  );
}
