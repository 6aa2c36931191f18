import type { Role } from '../../../shared/domain/users';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useFeedbackStore } from '../stores/feedback-store';
import { useTechniciansStore } from '../stores/technicians-store';
import { notifyError } from './notify-error';

export async function loadTechnicians(): Promise<void> {
  const result = await call('users.list', {});
  if (!result.ok) return useTechniciansStore.getState().failed(errorText(result.error).title);
  useTechniciansStore.getState().loaded(result.value);
}

/** Each returns true when the change was made; a refusal is shown in the banner. */
export async function addTechnician(input: { technicianId: string; name: string; role: Role; pin: string }): Promise<boolean> {
  const result = await call('users.add', input);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', `Added ${result.value.name} (${result.value.technicianId})`);
  await loadTechnicians();
  return true;
}

export async function resetPin(technicianId: string, pin: string): Promise<boolean> {
  const result = await call('users.resetPin', { technicianId, pin });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', `New PIN set for ${technicianId}`, 'The account is unlocked.');
  return true;
}

export async function setActive(technicianId: string, active: boolean): Promise<boolean> {
  const result = await call('users.setActive', { technicianId, active });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', `${technicianId} switched ${active ? 'on' : 'off'}`);
  await loadTechnicians();
  return true;
}
