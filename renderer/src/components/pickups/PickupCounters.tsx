import type { PickupCounters as Counters } from '../../../../shared/domain/pickups/line-state';

const ITEMS = [
  ['expected', 'Expected'],
  ['scanned', 'Scanned'],
  ['missing', 'Missing'],
  ['unexpected', 'Unexpected'],
  ['substituted', 'Substituted'],
] as const;

/** The five counters of the scan loop, always in view. Discrepancy counters turn amber when not zero. */
export function PickupCounters({ counters }: { readonly counters: Counters }) {
  return (
    <dl className="pickup-counters" aria-label="Counters">
      {ITEMS.map(([key, label]) => {
        const alert = key !== 'expected' && key !== 'scanned' && counters[key] > 0;
        return (
          <div key={key} className={`pickup-counters__item${alert ? ' pickup-counters__item--alert' : ''}`} data-testid={`counter-${key}`}>
            <dt>{label}</dt>
            <dd>{counters[key]}</dd>
          </div>
        );
      })}
    </dl>
  );
}
