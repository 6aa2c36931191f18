import { LEVEL_WORDS, MEDIA_TYPE_WORDS, STANDARD_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { MediumView, WipeAssetView, WipeRecordView } from '../../../../shared/domain/sanitization/wipe-views';
import { localDateTime } from '../../format/time';
import { useWipeAssetStore } from '../../stores/wipe-asset-store';
import { ValidateForm } from './ValidateForm';
import { WipeRecordForm } from './WipeRecordForm';

function RecordRow({ record }: { readonly record: WipeRecordView }) {
  return (
    <tr className={record.current ? undefined : 'row--off'}>
      <td>{localDateTime(record.finishedAt)}</td>
      <td className={record.result === 'pass' ? 'wipe-ok' : 'wipe-bad'}>{record.result === 'pass' ? 'Pass' : 'FAIL'}</td>
      <td>
        {LEVEL_WORDS[record.level]} · {TECHNIQUE_WORDS[record.technique]}
        <small>{STANDARD_WORDS[record.standard]}</small>
      </td>
      <td>
        {record.tool} {record.toolVersion}
        <small>{record.methodDetails}</small>
      </td>
      <td>{VERIFICATION_WORDS[record.verification]}</td>
      <td>
        {record.technicianName ?? record.technicianId} ({record.technicianId})
        {record.validation !== null && <small>validated by {record.validation.name} ({record.validation.technicianId})</small>}
      </td>
      <td>
        {!record.current ? 'Before the latest receipt' : record.meetsPolicy ? 'Meets policy' : record.shortfalls.join(' ')}
        {record.failureReason !== null && <small>{record.failureReason}</small>}
        <small className="mono">event {record.eventHash.slice(0, 12)}</small>
      </td>
    </tr>
  );
}

/** One drive: what it is, its wipes (newest first), and what can be done next. */
export function MediumCard({ view, medium }: { readonly view: WipeAssetView; readonly medium: MediumView }) {
  const recording = useWipeAssetStore((s) => s.recording);
  const validating = useWipeAssetStore((s) => s.validating);
  const latest = medium.records.find((r) => r.current);
  const open = view.inQueue;
  const short = latest !== undefined && (latest.result === 'fail' || latest.shortfalls.some((s) => !s.includes('second person')));
  const awaitingValidation = latest !== undefined && latest.result === 'pass' && latest.validation === null && latest.shortfalls.some((s) => s.includes('second person'));
  const store = useWipeAssetStore.getState();
  const title = medium.serial ?? 'Drive without a serial';

  return (
    <section className={`card medium${latest?.meetsPolicy === true ? ' medium--done' : ''}`} aria-label={`Drive ${title}`}>
      <div className="medium__head">
        <h2 className="card__title">
          {title} <small>{MEDIA_TYPE_WORDS[medium.mediaType]}</small>
        </h2>
        <p className="card__last">
          {[`${medium.make} ${medium.model}`.trim(), medium.capacity, medium.propertyNumber === null ? null : `property no. ${medium.propertyNumber}`].filter((p) => p !== null && p !== '').join(' · ')}
        </p>
      </div>
      {medium.started !== null && (
        <p className="medium__started">
          Wipe started {localDateTime(medium.started.at)}: {LEVEL_WORDS[medium.started.level]} by {TECHNIQUE_WORDS[medium.started.technique]} with {medium.started.tool}
        </p>
      )}
      {open && (
        <div className="card__actions">
          <button type="button" className="button button--go" onClick={() => store.openRecord(medium.id, { kind: 'new' })}>
            Record wipe
          </button>
          {short && latest !== undefined && (
            <>
              <button type="button" className="button" onClick={() => store.openRecord(medium.id, { kind: 'retry', wipeId: latest.wipeId })}>
                Retry
              </button>
              <button type="button" className="button" onClick={() => store.openRecord(medium.id, { kind: 'escalate', wipeId: latest.wipeId })}>
                Escalate to Destroy
              </button>
            </>
          )}
          {awaitingValidation && latest !== undefined && (
            <button type="button" className="button" onClick={() => store.openValidation(latest.wipeId)}>
              Validate (second person)
            </button>
          )}
        </div>
      )}
      {recording?.mediumId === medium.id && <WipeRecordForm key={JSON.stringify(recording.intent)} view={view} medium={medium} intent={recording.intent} />}
      {validating !== null && validating === latest?.wipeId && <ValidateForm wipeId={validating} />}
      {medium.records.length > 0 && (
        <table className="table wipe-records">
          <caption>Wipe records</caption>
          <thead>
            <tr>
              <th>Finished</th>
              <th>Result</th>
              <th>Level, technique, standard</th>
              <th>Tool</th>
              <th>Verification</th>
              <th>Technician</th>
              <th>Against policy</th>
            </tr>
          </thead>
          <tbody>
            {medium.records.map((record) => (
              <RecordRow key={record.wipeId} record={record} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
