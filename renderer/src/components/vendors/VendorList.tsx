import { switchVendor } from '../../actions/vendor-actions';
import { useVendorViewStore } from '../../stores/vendor-view-store';
import { useVendorsStore } from '../../stores/vendors-store';

/** Every vendor with its certifications and first contact; edit, switch off or on. */
export function VendorList() {
  const vendors = useVendorsStore((s) => s.vendors);
  const show = useVendorViewStore((s) => s.show);
  return (
    <div className="page">
      <div className="vendors__bar">
        <h1>ITAD vendors</h1>
        <button type="button" className="button button--go" onClick={() => show({ kind: 'edit', vendorId: null })}>
          Add vendor
        </button>
      </div>
      {vendors.length === 0 && <p>No vendor yet. Add the ITAD vendors that collect from this dock.</p>}
      <ul className="vendor-list" aria-label="Vendors">
        {vendors.map((v) => (
          <li key={v.vendorId} className={`vendor-card${v.active ? '' : ' vendor-card--off'}`} aria-label={v.name}>
            <div>
              <h2>{v.name}</h2>
              <p>
                {v.certifications.length === 0 ? 'No certification listed' : v.certifications.join(' · ')}
                {!v.active && <strong className="vendor-card__off"> · switched off</strong>}
              </p>
              <p className="vendor-card__small">
                {v.contacts[0] === undefined ? 'No contact' : `${v.contacts[0].name}${v.contacts[0].email === '' ? '' : `, ${v.contacts[0].email}`}`}
                {' · '}
                {v.mapping.dispositionColumns.length} report column(s), {v.mapping.manifestColumns.length} manifest column(s) mapped
              </p>
            </div>
            <div className="vendor-card__actions">
              <button type="button" className="button button--small" onClick={() => show({ kind: 'edit', vendorId: v.vendorId })}>
                Edit {v.name}
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => void switchVendor(v, !v.active)}>
                {v.active ? 'Switch off' : 'Switch on'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
