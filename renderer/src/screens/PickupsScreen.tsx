import { useEffect } from 'react';
import { PickupReview } from '../components/pickups/PickupReview';
import { PickupSessionView } from '../components/pickups/PickupSessionView';
import { PickupsHome } from '../components/pickups/PickupsHome';
import { usePickupsStore } from '../stores/pickups-store';
import '../styles/pickups.css';

/** ITAD pickups: staging, sessions and their scan loop, signatures and sign-off, and the supervisor's review. */
export function PickupsScreen() {
  const view = usePickupsStore((s) => s.view);
  // Coming back to Pickups from another screen starts at its home.
  useEffect(() => () => usePickupsStore.getState().show({ kind: 'home' }), []);
  return (
    <section className="screen" aria-label="Pickups">
      {view.kind === 'home' && <PickupsHome />}
      {view.kind === 'session' && <PickupSessionView />}
      {view.kind === 'review' && <PickupReview />}
    </section>
  );
}
