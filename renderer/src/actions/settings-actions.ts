import type { StationSettings } from '../../../shared/domain/settings';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { useStationStore } from '../stores/station-store';
import { notifyError } from './notify-error';

/** Saves the station settings; the core checks every field. True when saved. */
export async function saveSettings(settings: StationSettings): Promise<boolean> {
  const result = await call('settings.update', settings);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useStationStore.getState().settingsSaved(result.value);
  useFeedbackStore.getState().notify('success', 'Settings saved');
  return true;
}
