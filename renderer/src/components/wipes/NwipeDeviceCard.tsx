import { useState } from 'react';
import { DESTINATIONS, DESTINATION_WORDS, LEVEL_WORDS, MEDIA_TYPES, MEDIA_TYPE_WORDS, STANDARDS, STANDARD_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { NwipeDevicePreview } from '../../../../shared/domain/sanitization/wipe-views';
import { call } from '../../api/client';
import { notifyError } from '../../actions/notify-error';
import { localDateTime } from '../../format/time';
import { drivesKnown, missingAnswers, type AnswerDraft } from '../../wipes/nwipe-answers';
import { OptionalChoice } from './OptionalChoice';

interface Props {
  readonly device: NwipeDevicePreview;
  readonly answer: AnswerDraft;
  readonly onAnswer: (answer: AnswerDraft) => void;
}

/** The host the technician names by scanning or typing its tag or serial. */
function HostPicker({ device, onPick }: { readonly device: NwipeDevicePreview; readonly onPick: (host: { assetId: string; label: string }) => void }) {
  const [value, setValue] = useState('');
  const pick = async () => {
    const result = await call('wipes.lookup', { raw: value });
    if (!result.ok) return notifyError(result.error);
    onPick({ assetId: result.value.assetId, label: result.value.label });
  };
  return (
    <div className="inline-form">
      {device.match.kind === 'ambiguous' &&
        device.match.candidates.map((c) => (
          <button key={c.assetId} type="button" className="button" onClick={() => onPick(c)}>
            It is in {c.label}
          </button>
        ))}
      <label className="field field--grow">
        <span>Host device: scan or type its asset tag or serial, then Enter</span>
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void pick();
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
    </div>
  );
}

/** One drive of the log: what the log says, what will be recorded, and the answers it still needs. */
export function NwipeDeviceCard({ device, answer, onAnswer }: Props) {
  const edit = (patch: Partial<AnswerDraft>) => onAnswer({ ...answer, ...patch });
  const missing = missingAnswers(device, answer);
  return (
    <section className={`card nwipe-device${device.result === 'fail' ? ' card--high' : ''}`} aria-label={`Drive ${device.device}`}>
      <h2 className="card__title">
        {device.device} · {device.model ?? 'model not given'} · serial {device.serial ?? 'not readable in the log'}
      </h2>
      <dl className="facts">
        <div>
          <dt>nwipe status</dt>
          <dd>{device.toolStatus}</dd>
        </div>
        <div>
          <dt>Will be recorded as</dt>
          <dd className={device.result === 'pass' ? 'wipe-ok' : 'wipe-bad'}>{device.result === 'pass' ? 'Passed wipe' : `FAILED wipe: ${device.failureReason ?? ''}`}</dd>
        </div>
        <div>
          <dt>Level and technique</dt>
          <dd>
            {LEVEL_WORDS[device.level]} by {TECHNIQUE_WORDS[device.technique]} (nwipe overwrites through the operating system)
          </dd>
        </div>
        <div>
          <dt>Tool and method</dt>
          <dd>
            {device.tool} {device.toolVersion} · {device.methodDetails}
          </dd>
        </div>
        <div>
          <dt>Verification</dt>
          <dd>{VERIFICATION_WORDS[device.verification]}</dd>
        </div>
        <div>
          <dt>Started · finished</dt>
          <dd>
            {device.startedAt === null ? '?' : localDateTime(device.startedAt)} · {device.finishedAt === null ? '?' : localDateTime(device.finishedAt)}
          </dd>
        </div>
        <div>
          <dt>Bus · size</dt>
          <dd>
            {device.bus ?? '?'} · {device.size ?? '?'}
          </dd>
        </div>
        <div>
          <dt>Host</dt>
          <dd>{answer.host === null ? 'not matched' : `${answer.host.label}${device.match.kind === 'medium' ? ' (drive already recorded there)' : ''}`}</dd>
        </div>
      </dl>
      {device.timesProblem !== null && <p className="problem">{device.timesProblem}</p>}
      <div className="nwipe-device__asked">
        <h3>The log does not say (you are asked)</h3>
        <ul>
          {device.asked.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </div>
      {answer.host === null && <HostPicker device={device} onPick={(host) => edit({ host })} />}
      <div className="form-grid">
        {!drivesKnown(device) && device.serial === null && (
          <label className="field">
            <span>Drive serial (from its label)</span>
            <input value={answer.serial} onChange={(e) => edit({ serial: e.target.value })} maxLength={64} spellCheck={false} />
          </label>
        )}
        {!drivesKnown(device) && device.mediaType === null && <OptionalChoice label="Drive type" value={answer.mediaType} options={MEDIA_TYPES} words={MEDIA_TYPE_WORDS} onChange={(mediaType) => edit({ mediaType })} />}
        {!drivesKnown(device) && (
          <>
            <label className="field">
              <span>Drive make</span>
              <input value={answer.make} onChange={(e) => edit({ make: e.target.value })} maxLength={80} />
            </label>
            <label className="field">
              <span>Property number</span>
              <input value={answer.propertyNumber} onChange={(e) => edit({ propertyNumber: e.target.value })} maxLength={64} />
            </label>
          </>
        )}
        {device.toolVersion === '' && (
          <label className="field">
            <span>nwipe version</span>
            <input value={answer.toolVersion} onChange={(e) => edit({ toolVersion: e.target.value })} maxLength={40} />
          </label>
        )}
        <OptionalChoice label="Standard followed" value={answer.standard} options={STANDARDS} words={STANDARD_WORDS} onChange={(standard) => edit({ standard })} />
        <label className="field">
          <span>Post-sanitization classification</span>
          <input value={answer.classification} onChange={(e) => edit({ classification: e.target.value })} maxLength={60} list="wipe-classifications" placeholder="e.g. Unclassified" />
        </label>
        <OptionalChoice label="Destination" value={answer.destination} options={DESTINATIONS} words={DESTINATION_WORDS} onChange={(destination) => edit({ destination })} />
        <label className="field field--wide">
          <span>Notes</span>
          <input value={answer.notes} onChange={(e) => edit({ notes: e.target.value })} maxLength={2000} />
        </label>
      </div>
      <datalist id="wipe-classifications">
        <option value="Unclassified" />
        <option value="Public" />
        <option value="Internal" />
      </datalist>
      {missing.length > 0 && <p className="wipe-form__note">Still needed: {missing.join(', ')}.</p>}
    </section>
  );
}
