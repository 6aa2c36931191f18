import type { EventView } from '../../../../shared/views';
import { eventSummary, eventTypeWords } from '../../format/event-words';
import { localDateTime } from '../../format/time';
import { whoDid } from '../../format/who';

const HASH_SHOWN = 12;

/** Every custody event of one device, in order: what, who, when, where, and the start of its hash. */
export function EventTable({ events }: { readonly events: readonly EventView[] }) {
  return (
    <table className="events">
      <caption>Custody history ({events.length} events, oldest first)</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">What</th>
          <th scope="col">Who</th>
          <th scope="col">When</th>
          <th scope="col">Where</th>
          <th scope="col">Hash</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{event.seq}</td>
            <td>
              <span className="events__type">{eventTypeWords(event.type)}</span>
              <span className="events__summary">{eventSummary(event)}</span>
            </td>
            <td>{whoDid(event)}</td>
            <td>{localDateTime(event.deviceTime)}</td>
            <td>{event.site}</td>
            <td>
              <code title={event.hash}>{event.hash.slice(0, HASH_SHOWN)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
