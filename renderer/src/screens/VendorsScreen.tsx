import { useEffect } from 'react';
import { loadVendors } from '../actions/vendor-actions';
import { AgingView } from '../components/vendors/AgingView';
import { DispositionImportView } from '../components/vendors/DispositionImportView';
import { ReviewQueueView } from '../components/vendors/ReviewQueueView';
import { VendorForm } from '../components/vendors/VendorForm';
import { VendorList } from '../components/vendors/VendorList';
import { VendorTabs } from '../components/vendors/VendorTabs';
import { useVendorViewStore, type VendorView } from '../stores/vendor-view-store';
import '../styles/vendors.css';

function Body({ view }: { readonly view: VendorView }) {
  switch (view.kind) {
    case 'list':
      return <VendorList />;
    case 'edit':
      return <VendorForm key={view.vendorId ?? 'new'} vendorId={view.vendorId} />;
    case 'import':
      return <DispositionImportView />;
    case 'review':
      return <ReviewQueueView />;
    case 'aging':
      return <AgingView />;
  }
}

/** ITAD vendors (supervisors): profiles and field mappings, disposition report imports, the review queue, aging. */
export function VendorsScreen() {
  const view = useVendorViewStore((s) => s.view);
  useEffect(() => {
    void loadVendors();
    // Coming back to Vendors from another screen starts at the list.
    return () => useVendorViewStore.getState().show({ kind: 'list' });
  }, []);
  return (
    <section className="screen vendors" aria-label="Vendors">
      <VendorTabs />
      <Body view={view} />
    </section>
  );
}
