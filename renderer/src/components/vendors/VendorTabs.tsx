import { useVendorViewStore, type VendorView } from '../../stores/vendor-view-store';

const TABS: readonly { readonly kind: Exclude<VendorView['kind'], 'edit'>; readonly label: string }[] = [
  { kind: 'list', label: 'Vendors' },
  { kind: 'import', label: 'Import disposition report' },
  { kind: 'review', label: 'Review queue' },
  { kind: 'aging', label: 'Aging' },
];

/** The parts of the Vendors screen, one button each. */
export function VendorTabs() {
  const view = useVendorViewStore((s) => s.view);
  return (
    <nav className="vendor-tabs" aria-label="Vendor work">
      {TABS.map((tab) => (
        <button
          key={tab.kind}
          type="button"
          className={`button button--small${view.kind === tab.kind ? ' vendor-tabs__on' : ''}`}
          aria-current={view.kind === tab.kind ? 'page' : undefined}
          onClick={() => useVendorViewStore.getState().show({ kind: tab.kind })}
        >
          {tab.label}
        </button>
      ))}
    </nav>
  );
}
