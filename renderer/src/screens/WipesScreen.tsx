import { NwipeImportView } from '../components/wipes/NwipeImportView';
import { PolicyView } from '../components/wipes/PolicyView';
import { WipeAssetView } from '../components/wipes/WipeAssetView';
import { WipeQueueView } from '../components/wipes/WipeQueueView';
import { useEffect } from 'react';
import { useWipeViewStore } from '../stores/wipe-view-store';
import '../styles/wipes.css';

/** Data sanitization: the wipe queue, one device's wipe form, the nwipe log import and the recovery policy. */
export function WipesScreen() {
  const view = useWipeViewStore((s) => s.view);
  // Coming back to Wipes from another screen starts at the queue.
  useEffect(() => () => useWipeViewStore.getState().show({ kind: 'queue' }), []);
  switch (view.kind) {
    case 'queue':
      return <WipeQueueView />;
    case 'asset':
      return <WipeAssetView key={view.assetId} assetId={view.assetId} openMedium={view.mediumId} />;
    case 'import':
      return <NwipeImportView />;
    case 'policy':
      return <PolicyView />;
  }
}
