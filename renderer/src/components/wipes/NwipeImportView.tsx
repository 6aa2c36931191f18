import { useEffect, useState } from 'react';
import { chooseLog, importLog, previewLog } from '../../actions/nwipe-actions';
import { backToQueue } from '../../actions/wipe-nav-actions';
import { parseOffset, stationOffset } from '../../format/wipe-words';
import { useNwipeImportStore } from '../../stores/nwipe-import-store';
import { blankAnswer, toAnswer, type AnswerDraft } from '../../wipes/nwipe-answers';
import { NwipeDeviceCard } from './NwipeDeviceCard';

/** Import the log nwipe wrote: a preview of what will be recorded and what the technician must still say. */
export function NwipeImportView() {
  const preview = useNwipeImportStore((s) => s.preview);
  const problem = useNwipeImportStore((s) => s.problem);
  const [offset, setOffset] = useState(stationOffset);
  const [hostHint, setHostHint] = useState('');
  const [answers, setAnswers] = useState<readonly AnswerDraft[]>([]);
  const [validatorId, setValidatorId] = useState('');
  const [validatorPin, setValidatorPin] = useState('');
  const [busy, setBusy] = useState(false);
  const minutes = parseOffset(offset);

  useEffect(() => {
    useNwipeImportStore.getState().reset();
  }, []);

  useEffect(() => {
    setAnswers(preview === null ? [] : preview.devices.map(blankAnswer));
  }, [preview]);

  const ready = preview !== null && preview.alreadyImported === null && preview.devices.every((d, i) => d.timesProblem === null && answers[i] !== undefined && toAnswer(d, answers[i]) !== null);
  const validationAsked = preview?.devices.some((d) => d.result === 'pass' && d.validationRequired === true) === true;

  const onImport = async () => {
    if (preview === null || minutes === null) return;
    const built = preview.devices.map((d, i) => (answers[i] === undefined ? null : toAnswer(d, answers[i])));
    if (built.some((a) => a === null)) return;
    setBusy(true);
    const validator = validatorId === '' ? null : { technicianId: validatorId, pin: validatorPin };
    if (!(await importLog(minutes, built.filter((a) => a !== null), validator))) setBusy(false);
  };

  return (
    <div className="page nwipe-import">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={backToQueue}>
          ← Wipe queue
        </button>
        <h1>Import an nwipe log</h1>
      </div>
      <div className="inline-form">
        <label className="field">
          <span>Wipe machine's clock (offset from UTC)</span>
          <input value={offset} onChange={(e) => setOffset(e.target.value)} aria-invalid={minutes === null} maxLength={6} />
        </label>
        <label className="field">
          <span>Host device, if the log's drive serial is not on record (tag or serial)</span>
          <input value={hostHint} onChange={(e) => setHostHint(e.target.value)} maxLength={64} spellCheck={false} />
        </label>
        <label className="field field--grow">
          <span>The log file nwipe wrote (--logfile)</span>
          <input
            type="file"
            accept=".txt,.log,text/plain"
            disabled={minutes === null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file !== undefined && minutes !== null) void chooseLog(file, minutes, hostHint.trim());
            }}
          />
        </label>
        <button type="button" className="button" disabled={preview === null || minutes === null} onClick={() => minutes !== null && void previewLog(minutes, hostHint.trim())}>
          Read again
        </button>
      </div>
      {minutes === null && <p className="problem">Give the offset as +HH:MM or -HH:MM (e.g. +01:00).</p>}
      {problem !== null && <p className="problem" role="alert">{problem}</p>}
      {preview !== null && (
        <>
          <p className="nwipe-import__summary">
            {preview.fileName}: {preview.tool}, {preview.outcome}; {preview.devices.length} drive(s) in the log.
          </p>
          {preview.alreadyImported !== null && (
            <p className="problem" role="alert">
              Already imported on {new Date(preview.alreadyImported.at).toLocaleString()} by {preview.alreadyImported.technicianId}: nothing will be recorded twice.
            </p>
          )}
          {preview.devices.map((device, i) => {
            const answer = answers[i];
            return answer === undefined ? null : (
              <NwipeDeviceCard key={device.device} device={device} answer={answer} onAnswer={(next) => setAnswers(answers.map((a, j) => (j === i ? next : a)))} />
            );
          })}
          {validationAsked && (
            <div className="inline-form">
              <label className="field">
                <span>Validated by (second person's ID) — the policy asks for it, now or later</span>
                <input value={validatorId} onChange={(e) => setValidatorId(e.target.value)} maxLength={32} autoComplete="off" />
              </label>
              <label className="field">
                <span>Their PIN</span>
                <input type="password" inputMode="numeric" value={validatorPin} onChange={(e) => setValidatorPin(e.target.value)} maxLength={12} autoComplete="off" />
              </label>
            </div>
          )}
          <div className="card__actions">
            <button type="button" className="button button--go" disabled={!ready || busy} onClick={() => void onImport()}>
              Import {preview.devices.length} wipe record(s)
            </button>
          </div>
        </>
      )}
    </div>
  );
}
