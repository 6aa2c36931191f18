import { useState } from 'react';
import { navigate } from '../../actions/nav-actions';
import { signOut } from '../../actions/session-actions';
import { useNavStore, type Screen } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { useStationStore } from '../../stores/station-store';
import { SyncIndicator } from './SyncIndicator';
import { VerifyPanel } from './VerifyPanel';

interface NavItem {
  readonly screen: Exclude<Screen, 'asset'>;
  readonly label: string;
  readonly accessKey: string;
  readonly supervisorOnly: boolean;
}

const NAV: readonly NavItem[] = [
  { screen: 'receive', label: 'Receive', accessKey: 'r', supervisorOnly: false },
  { screen: 'search', label: 'Search', accessKey: 's', supervisorOnly: false },
  { screen: 'wipes', label: 'Wipes', accessKey: 'w', supervisorOnly: false },
  { screen: 'pickups', label: 'Pickups', accessKey: 'p', supervisorOnly: false },
  { screen: 'returns', label: 'Returns', accessKey: 'o', supervisorOnly: false },
  { screen: 'dashboard', label: 'Dashboard', accessKey: 'd', supervisorOnly: true },
  { screen: 'vendors', label: 'Vendors', accessKey: 'v', supervisorOnly: true },
  { screen: 'technicians', label: 'Technicians', accessKey: 't', supervisorOnly: true },
  { screen: 'settings', label: 'Settings', accessKey: 'g', supervisorOnly: true },
];

/** Station, site, who is signed in, the screens they may use, the custody log check and Sign out. */
export function Header() {
  const session = useSessionStore((s) => s.session);
  const settings = useStationStore((s) => s.settings);
  const screen = useNavStore((s) => s.screen);
  const [verifying, setVerifying] = useState(false);
  const isSupervisor = session?.role === 'supervisor';

  return (
    <header className="header">
      <div className="header__station">
        <span className="header__name">{settings.stationName}</span>
        <span className="header__site">
          {settings.site} · {settings.dockLocation}
        </span>
      </div>
      <nav className="header__nav" aria-label="Screens">
        {NAV.filter((item) => isSupervisor || !item.supervisorOnly).map((item) => (
          <button
            key={item.screen}
            type="button"
            className="nav-button"
            aria-current={screen === item.screen ? 'page' : undefined}
            accessKey={item.accessKey}
            title={`Alt+${item.accessKey.toUpperCase()}`}
            onClick={() => navigate(item.screen)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <SyncIndicator />
      <div className="header__who">
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label="Verify custody log"
          onClick={() => setVerifying(true)}
        >
          Verify log
        </button>
        {session !== null && (
          <span className="header__user" data-testid="signed-in-as">
            <span className="header__user-name">{session.name} </span>
            <span className="header__user-role">
              ({session.technicianId}) · {session.role}
            </span>
          </span>
        )}
        <button type="button" className="button button--small" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
      {verifying && <VerifyPanel onClose={() => setVerifying(false)} />}
    </header>
  );
}
