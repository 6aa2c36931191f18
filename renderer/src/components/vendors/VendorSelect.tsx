import type { Vendor } from '../../../../shared/domain/vendors';

interface VendorSelectProps {
  readonly vendors: readonly Vendor[];
  /** The chosen vendor's id; '' for the "any vendor" entry. */
  readonly value: string;
  readonly onChange: (vendorId: string) => void;
  /** The words of an entry meaning "every vendor" (value ''), when the list offers one. */
  readonly anyLabel?: string;
}

/** The vendor picker of the import and review views. */
export function VendorSelect({ vendors, value, onChange, anyLabel }: VendorSelectProps) {
  return (
    <label className="field">
      <span>Vendor</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {vendors.map((v) => (
          <option key={v.vendorId} value={v.vendorId}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}
