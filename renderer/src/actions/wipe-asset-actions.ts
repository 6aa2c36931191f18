import type { CommandInput } from '../../../shared/contract';
import type { WipeAssetView } from '../../../shared/domain/sanitization/wipe-views';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useFeedbackStore } from '../stores/feedback-store';
import { useWipeAssetStore } from '../stores/wipe-asset-store';
import { base64ToBytes, downloadBytes } from './download-file';
import { notifyError } from './notify-error';

const labelOf = (view: WipeAssetView): string => view.asset.assetTag ?? view.asset.serial ?? view.asset.id;

export async function loadWipeAsset(assetId: string, openMedium: string | null = null): Promise<void> {
  const result = await call('wipes.asset', { assetId });
  if (!result.ok) return useWipeAssetStore.getState().failed(errorText(result.error).title);
  const store = useWipeAssetStore.getState();
  store.loaded(result.value);
  if (openMedium !== null && result.value.inQueue && result.value.media.some((m) => m.id === openMedium)) store.openRecord(openMedium, { kind: 'new' });
}

/** What the technician reads after a change: whether the device is done (and closed its offboarding case), or what is still missing. */
function announce(view: WipeAssetView, done: string, caseClosed: string | null = null): void {
  const feedback = useFeedbackStore.getState();
  const closed = caseClosed === null ? '' : ` Offboarding case ${caseClosed} is closed: it was the last device the case waited for.`;
  if (view.sanitized) feedback.notify('success', `${done}: ${labelOf(view)} is sanitized to policy`, `It has left the wipe queue. Its certificate is ready.${closed}`);
  else feedback.notify('warning', `${done}: ${labelOf(view)} stays in the wipe queue`, view.reasons.join(' '));
}

export async function addMedium(input: CommandInput<'wipes.addMedium'>): Promise<boolean> {
  const result = await call('wipes.addMedium', input);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  const store = useWipeAssetStore.getState();
  store.loaded(result.value);
  store.setAddingMedium(false);
  useFeedbackStore.getState().notify('success', `Drive ${input.serial === '' ? 'without a serial' : input.serial.toUpperCase()} added`, 'Record its wipe next.');
  return true;
}

export async function startWipe(input: CommandInput<'wipes.start'>): Promise<void> {
  const result = await call('wipes.start', input);
  if (!result.ok) return notifyError(result.error);
  useWipeAssetStore.getState().loaded(result.value);
  useFeedbackStore.getState().notify('info', 'Wipe started: recorded in the custody log', 'Record the result when the tool finishes.');
}

export async function recordWipe(input: CommandInput<'wipes.record'>): Promise<boolean> {
  const result = await call('wipes.record', input);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  const store = useWipeAssetStore.getState();
  store.loaded(result.value.view);
  store.closeForms();
  announce(result.value.view, input.result === 'pass' ? 'Wipe recorded' : 'Failed wipe recorded', result.value.caseClosed);
  return true;
}

export async function validateWipe(input: CommandInput<'wipes.validate'>): Promise<boolean> {
  const result = await call('wipes.validate', input);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  const store = useWipeAssetStore.getState();
  store.loaded(result.value);
  store.closeForms();
  announce(result.value, 'Validation recorded');
  return true;
}

export async function downloadDeviceCertificate(assetId: string): Promise<void> {
  const result = await call('wipes.certificate', { assetId });
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, base64ToBytes(result.value.pdfBase64), 'application/pdf');
  useFeedbackStore.getState().notify('success', 'Certificate of sanitization ready', result.value.fileName);
}
