import { useState, type FormEvent } from 'react';
import { CERTIFICATIONS, type MappedColumn, type MappedField, type VendorProfile, type VendorSample } from '../../../../shared/domain/vendors';
import { saveVendorProfile } from '../../actions/vendor-actions';
import { useVendorViewStore } from '../../stores/vendor-view-store';
import { useVendorsStore } from '../../stores/vendors-store';
import { blankProfile, profileOf, sameHeading } from '../../vendors/profile-draft';
import { CodeMapping } from './CodeMapping';
import { ColumnMapping } from './ColumnMapping';
import { ContactsEditor } from './ContactsEditor';

/** The different values a sample holds in the column mapped to a field (none without a sample, or too many to be codes). */
function codesIn(sample: VendorSample | null, columns: readonly MappedColumn[], field: MappedField): readonly string[] {
  const column = columns.find((c) => c.field === field);
  if (sample === null || column === undefined) return [];
  const index = sample.header.findIndex((h) => sameHeading(h, column.column));
  return sample.distinct[index] ?? [];
}

/** Add or edit a vendor: name, certifications, contacts, and the mapping of its manifest and disposition report. */
export function VendorForm({ vendorId }: { readonly vendorId: string | null }) {
  const existing = useVendorsStore((s) => s.vendors.find((v) => v.vendorId === vendorId) ?? null);
  const [draft, setDraft] = useState<VendorProfile>(existing === null ? blankProfile() : profileOf(existing));
  const [reportSample, setReportSample] = useState<VendorSample | null>(null);
  const [manifestSample, setManifestSample] = useState<VendorSample | null>(null);
  const [busy, setBusy] = useState(false);
  const mapping = draft.mapping;
  const setMapping = (next: VendorProfile['mapping']) => setDraft({ ...draft, mapping: next });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    if (!(await saveVendorProfile(vendorId, draft))) setBusy(false);
  };

  return (
    <form className="page vendor-form" aria-label={vendorId === null ? 'New vendor' : `Vendor ${existing?.name ?? ''}`} onSubmit={(e) => void onSubmit(e)}>
      <div className="vendors__bar">
        <h1>{vendorId === null ? 'New vendor' : `Edit ${existing?.name ?? 'vendor'}`}</h1>
        <div className="vendor-card__actions">
          <button type="button" className="button button--quiet" onClick={() => useVendorViewStore.getState().show({ kind: 'list' })}>
            Cancel
          </button>
          <button type="submit" className="button button--go" disabled={busy}>
            Save vendor
          </button>
        </div>
      </div>
      <div className="inline-form">
        <label className="field field--grow">
          <span>Vendor name</span>
          <input value={draft.name} maxLength={120} required onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <fieldset className="vendor-form__certs" aria-label="Certifications">
          <legend>Certifications</legend>
          {CERTIFICATIONS.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={draft.certifications.includes(c)}
                onChange={(e) => setDraft({ ...draft, certifications: e.target.checked ? [...draft.certifications, c] : draft.certifications.filter((x) => x !== c) })}
              />
              {c}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Dates like 03/04/2025 are</span>
          <select value={mapping.dateOrder ?? 'dmy'} onChange={(e) => setMapping({ ...mapping, dateOrder: e.target.value === 'mdy' ? 'mdy' : 'dmy' })}>
            <option value="dmy">day/month/year</option>
            <option value="mdy">month/day/year</option>
          </select>
        </label>
      </div>
      <ContactsEditor contacts={draft.contacts} onContacts={(contacts) => setDraft({ ...draft, contacts })} />
      <ColumnMapping
        title="Disposition report"
        hint="The vendor's report after processing. It needs the serial or asset tag, and the outcome."
        columns={mapping.dispositionColumns}
        sample={reportSample}
        onColumns={(dispositionColumns) => setMapping({ ...mapping, dispositionColumns })}
        onSample={setReportSample}
      />
      <CodeMapping
        mapping={mapping}
        outcomeCodes={codesIn(reportSample, mapping.dispositionColumns, 'outcome')}
        conditionCodes={[...codesIn(reportSample, mapping.dispositionColumns, 'condition'), ...codesIn(manifestSample, mapping.manifestColumns, 'condition')]}
        onMapping={setMapping}
      />
      <ColumnMapping
        title="Pickup manifest"
        hint="The columns of the vendor's manifest, in its order: the manifest export writes exactly these."
        columns={mapping.manifestColumns}
        sample={manifestSample}
        onColumns={(manifestColumns) => setMapping({ ...mapping, manifestColumns })}
        onSample={setManifestSample}
      />
    </form>
  );
}
