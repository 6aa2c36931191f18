import { useEffect, useState } from 'react';
import { REVIEW_KIND_WORDS, type DispositionLine, type NotMentioned } from '../../../../shared/domain/disposition';
import { DISPOSITION_OUTCOME_WORDS } from '../../../../shared/domain/vendors';
import { chooseReport, importPreviewed, reportForVendor } from '../../actions/disposition-actions';
import { useVendorsStore } from '../../stores/vendors-store';
import { VendorSelect } from './VendorSelect';
import { VirtualTable } from './VirtualTable';

type Row = { readonly kind: 'line'; readonly line: DispositionLine } | { readonly kind: 'missing'; readonly missing: NotMentioned };

const ACTION_WORDS = { record: 'Record', already: 'Already recorded', review: 'Review' } as const;

function deviceWords(asset: DispositionLine['asset']): string {
  return asset === null ? 'no device' : [asset.assetTag, asset.serial].filter((x) => x !== null).join(' · ');
}

function cells(row: Row | undefined) {
  if (row === undefined) return null;
  if (row.kind === 'missing') {
    const m = row.missing;
    return (
      <>
        <span role="cell">-</span>
        <span role="cell">{m.asset.serial ?? m.asset.assetTag ?? ''}</span>
        <span role="cell">not in the report</span>
        <span role="cell">{deviceWords(m.asset)}</span>
        <span role="cell" className="action action--review">
          Review
        </span>
        <span role="cell" className="vtable__reason">
          {REVIEW_KIND_WORDS['not-mentioned']}: picked up in session {m.sessionReference}
        </span>
      </>
    );
  }
  const l = row.line;
  return (
    <>
      <span role="cell">{l.line}</span>
      <span role="cell">{l.serial ?? l.assetTag ?? ''}</span>
      <span role="cell">
        {l.vendorOutcome ?? '-'}
        {l.outcome !== null && <small>{DISPOSITION_OUTCOME_WORDS[l.outcome]}</small>}
      </span>
      <span role="cell">
        {deviceWords(l.asset)}
        {l.certificateNumber !== null && <small>cert. {l.certificateNumber}</small>}
      </span>
      <span role="cell" className={`action action--${l.action}`}>
        {ACTION_WORDS[l.action]}
      </span>
      <span role="cell" className="vtable__reason" title={l.reason ?? undefined}>
        {l.reviewKind !== null && <strong>{REVIEW_KIND_WORDS[l.reviewKind]}: </strong>}
        {l.reason ?? (l.processedDate === null ? '' : `processed ${l.processedDate}`)}
      </span>
    </>
  );
}

/** Import a vendor's disposition report: a preview of every line first, then all matched lines recorded at once. */
export function DispositionImportView() {
  const allVendors = useVendorsStore((s) => s.vendors);
  const vendors = allVendors.filter((v) => v.active);
  const preview = useVendorsStore((s) => s.preview);
  const problem = useVendorsStore((s) => s.reportProblem);
  const [vendorId, setVendorId] = useState('');
  const [busy, setBusy] = useState(false);
  const chosenVendor = vendorId === '' ? (vendors[0]?.vendorId ?? '') : vendorId;

  useEffect(() => {
    useVendorsStore.getState().chosen(null);
  }, []);

  const rows: Row[] = preview === null ? [] : [...preview.lines.map((line) => ({ kind: 'line' as const, line })), ...preview.notMentioned.map((missing) => ({ kind: 'missing' as const, missing }))];
  const c = preview?.counts;

  return (
    <div className="page vendors-fill">
      <h1>Import a disposition report</h1>
      <div className="inline-form">
        <VendorSelect
          vendors={vendors}
          value={chosenVendor}
          onChange={(id) => {
            setVendorId(id);
            void reportForVendor(id);
          }}
        />
        <label className="field field--grow">
          <span>Disposition report (CSV)</span>
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={chosenVendor === ''}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file !== undefined) void chooseReport(chosenVendor, file);
            }}
          />
        </label>
        <button
          type="button"
          className="button button--go"
          disabled={preview === null || busy}
          onClick={() => {
            setBusy(true);
            void importPreviewed().finally(() => setBusy(false));
          }}
        >
          {c === undefined ? 'Import' : `Import: record ${c.record}, review ${c.review + c.notMentioned}`}
        </button>
      </div>
      {vendors.length === 0 && <p className="problem">Add a vendor with a disposition report mapping first.</p>}
      {problem !== null && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {preview !== null && c !== undefined && (
        <p className="vendors__summary" data-testid="disposition-summary">
          {preview.fileName} from {preview.vendorName}: {c.lines} lines. {c.record} to record, {c.already} already recorded, {c.review} to review; {c.notMentioned} picked-up
          device(s) not in the report. Nothing is recorded until you import.
          {preview.importedBefore !== null && <strong> This file was imported before ({preview.importedBefore.at.slice(0, 10)}): nothing will be recorded twice.</strong>}
        </p>
      )}
      {preview !== null && (
        <VirtualTable
          label="Report lines"
          variant="vtable--lines"
          headings={['Line', 'Serial / tag', 'Outcome', 'Device', 'Will', 'Why']}
          count={rows.length}
          rowHeight={60}
          empty="The report has no lines."
          cells={(i) => cells(rows[i])}
        />
      )}
    </div>
  );
}
