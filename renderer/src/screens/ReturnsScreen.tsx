/** Returns (being built). */
export function ReturnsScreen() {
  return (
    <section className="screen" aria-label="Returns">
      <h1>Returns</h1>
    </section>
  );
}
