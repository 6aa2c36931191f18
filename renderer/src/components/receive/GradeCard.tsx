import { requestConfirm } from '../../actions/receive-queue';
import { cancelOpen } from '../../actions/receive-record';
import { assetLabel } from '../../format/asset-words';
import { eventTypeWords } from '../../format/event-words';
import { localDateTime } from '../../format/time';
import { whoDid } from '../../format/who';
import { useReceiveStore, type OpenCard } from '../../stores/receive-store';
import { useStationStore } from '../../stores/station-store';
import { AssetFacts } from '../asset/AssetFacts';
import { GradeControls } from '../grade/GradeControls';

interface GradeCardProps {
  readonly card: OpenCard;
  /** Hands focus back to the scan field (Esc in the note). */
  readonly backToScan: () => void;
}

/** A known device being received: its facts, then the grade. Enter on an empty scan field confirms; Esc cancels. */
export function GradeCard({ card, backToScan }: GradeCardProps) {
  const scheme = useStationStore((s) => s.settings.gradingScheme);
  const updateDraft = useReceiveStore((s) => s.updateDraft);
  const { asset, lastEvent } = card.lookup;

  return (
    <section className={`card${asset.sensitivity === 'high' ? ' card--high' : ''}`} aria-label={`Grade card for ${assetLabel(asset)}`}>
      <AssetFacts asset={asset} />
      <p className="card__last" data-testid="last-event">
        Last event:{' '}
        {lastEvent === null ? 'none' : `${eventTypeWords(lastEvent.type)}, ${localDateTime(lastEvent.deviceTime)}, by ${whoDid(lastEvent)}`}
      </p>
      <GradeControls scheme={scheme} draft={card.draft} onChange={updateDraft} />
      <div className="card__confirm">
        <label className="field field--inline field--grow">
          <span>Note</span>
          <input
            type="text"
            maxLength={2000}
            value={card.draft.note}
            onChange={(event) => updateDraft({ ...card.draft, note: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                requestConfirm();
                backToScan();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                backToScan();
              }
            }}
          />
        </label>
        <button type="button" className="button button--go" onClick={requestConfirm}>
          Confirm <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={cancelOpen}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}
