import { navigate } from '../../actions/nav-actions';
import { useSyncStatus } from '../../app/use-sync-status';
import { indicatorText } from '../../format/sync-indicator-words';
import { useNavStore } from '../../stores/nav-store';
import { useStationStore } from '../../stores/station-store';
import { useSyncStatusStore } from '../../stores/sync-status-store';

/**
 * Always in the header: online or offline, events waiting, last success, last error. It is also the way to the
 * Sync screen (click, or Alt+Y).
 */
export function SyncIndicator() {
  const status = useSyncStatusStore((s) => s.status);
  const checkedAtMs = useSyncStatusStore((s) => s.checkedAtMs);
  const problem = useSyncStatusStore((s) => s.problem);
  const onSyncScreen = useNavStore((s) => s.screen === 'sync' || s.screen === 'connectors');
  useSyncStatus(useStationStore((s) => s.settings.idleLockMinutes));
  const text = indicatorText(status, checkedAtMs);
  const detail = problem ?? text.detail;
  const tone = problem === null ? text.tone : 'attention';

  return (
    <button
      type="button"
      className={`sync-indicator sync-indicator--${tone}`}
      data-testid="sync-indicator"
      data-tone={tone}
      aria-current={onSyncScreen ? 'page' : undefined}
      accessKey="y"
      title={`${status === null ? '' : `${status.words}\n`}${detail}\nAlt+Y: the Sync screen`}
      onClick={() => navigate('sync')}
    >
      <span className="sync-indicator__dot" aria-hidden="true" />
      <span className="sync-indicator__text">
        <span className="sync-indicator__headline" aria-live="polite">
          {text.headline}
        </span>
        <span className="sync-indicator__detail">{detail}</span>
      </span>
    </button>
  );
}
