import { MAPPED_FIELD_WORDS, MAPPED_FIELDS, type MappedColumn, type VendorSample } from '../../../../shared/domain/vendors';
import { readSampleFile } from '../../actions/vendor-actions';
import { assignField, fieldOf, isMappedField } from '../../vendors/profile-draft';

export interface ColumnMappingProps {
  readonly title: string;
  readonly hint: string;
  readonly columns: readonly MappedColumn[];
  readonly sample: VendorSample | null;
  readonly onColumns: (columns: MappedColumn[]) => void;
  readonly onSample: (sample: VendorSample) => void;
}

/** One file layout: pick a sample file, its header row is read, each column gets a field from a select. */
export function ColumnMapping({ title, hint, columns, sample, onColumns, onSample }: ColumnMappingProps) {
  const headings = sample?.header.filter((h) => h !== '') ?? columns.map((c) => c.column);
  const firstRow = sample?.sampleRows[0] ?? [];
  return (
    <fieldset className="mapping" aria-label={title}>
      <legend>{title}</legend>
      <p className="mapping__hint">{hint}</p>
      <label className="field">
        <span>Sample file for the {title.toLowerCase()}</span>
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void readSampleFile(file).then((read) => read !== null && onSample(read));
          }}
        />
      </label>
      {headings.length === 0 && <p>No column mapped yet: choose a sample file.</p>}
      <div className="mapping__columns">
        {headings.map((heading, position) => {
          const index = sample?.header.indexOf(heading) ?? -1;
          return (
            <label className="field mapping__column" key={`${position}:${heading}`}>
              <span>{heading}</span>
              <select
                aria-label={`Field of column ${heading}`}
                value={fieldOf(columns, heading) ?? ''}
                onChange={(e) => onColumns(assignField(headings, columns, heading, isMappedField(e.target.value) ? e.target.value : null))}
              >
                <option value="">(not used)</option>
                {MAPPED_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {MAPPED_FIELD_WORDS[f]}
                  </option>
                ))}
              </select>
              {index >= 0 && <small>e.g. {firstRow[index] === undefined || firstRow[index] === '' ? '(empty)' : firstRow[index]}</small>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
