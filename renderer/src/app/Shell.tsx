import { Banner } from '../components/shell/Banner';
import { Header } from '../components/shell/Header';
import { AssetScreen } from '../screens/AssetScreen';
import { ConnectorsScreen } from '../screens/ConnectorsScreen';
import { DashboardScreen } from '../screens/DashboardScreen';
import { PickupsScreen } from '../screens/PickupsScreen';
import { ReturnsScreen } from '../screens/ReturnsScreen';
import { VendorsScreen } from '../screens/VendorsScreen';
import { ReceiveScreen } from '../screens/ReceiveScreen';
import { SearchScreen } from '../screens/SearchScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { SyncScreen } from '../screens/SyncScreen';
import { TechniciansScreen } from '../screens/TechniciansScreen';
import { WipesScreen } from '../screens/WipesScreen';
import { useNavStore } from '../stores/nav-store';
import { useSessionStore } from '../stores/session-store';
import { useStationStore } from '../stores/station-store';
import { useIdleLock } from './use-idle-lock';

function CurrentScreen() {
  const screen = useNavStore((s) => s.screen);
  const assetId = useNavStore((s) => s.assetId);
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');
  switch (screen) {
    case 'receive':
      return <ReceiveScreen />;
    case 'search':
      return <SearchScreen />;
    case 'asset':
      return assetId === null ? <SearchScreen /> : <AssetScreen assetId={assetId} />;
    case 'technicians':
      return isSupervisor ? <TechniciansScreen /> : <ReceiveScreen />;
    case 'settings':
      return isSupervisor ? <SettingsScreen /> : <ReceiveScreen />;
    case 'wipes':
      return <WipesScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'connectors':
      return isSupervisor ? <ConnectorsScreen /> : <SyncScreen />;
    case 'pickups':
      return <PickupsScreen />;
    case 'vendors':
      return isSupervisor ? <VendorsScreen /> : <PickupsScreen />;
    case 'returns':
      return <ReturnsScreen />;
    case 'dashboard':
      return isSupervisor ? <DashboardScreen /> : <ReturnsScreen />;
  }
}

/** The signed-in frame: header and nav, the feedback banner, the current screen, and the idle lock. */
export function Shell() {
  const idleLockMinutes = useStationStore((s) => s.settings.idleLockMinutes);
  useIdleLock(idleLockMinutes);
  return (
    <div className="shell">
      <Header />
      <Banner />
      <main className="shell__main">
        <CurrentScreen />
      </main>
    </div>
  );
}
