import type { Vendor, VendorProfile, VendorSample } from '../../../shared/domain/vendors';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { useVendorViewStore } from '../stores/vendor-view-store';
import { useVendorsStore } from '../stores/vendors-store';
import { csvTooBig } from './csv-size';
import { bytesToBase64 } from './download-file';
import { notifyError } from './notify-error';

export async function loadVendors(): Promise<void> {
  const result = await call('vendors.list', {});
  if (!result.ok) return notifyError(result.error);
  useVendorsStore.getState().loaded(result.value);
}

/** Saves a new or edited vendor; back to the list on success. */
export async function saveVendorProfile(vendorId: string | null, profile: VendorProfile): Promise<boolean> {
  const result = await call('vendors.save', { vendorId, profile });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', `Vendor saved: ${result.value.name}`);
  await loadVendors();
  useVendorViewStore.getState().show({ kind: 'list' });
  return true;
}

export async function switchVendor(vendor: Vendor, active: boolean): Promise<void> {
  const result = await call('vendors.setActive', { vendorId: vendor.vendorId, active });
  if (!result.ok) return notifyError(result.error);
  useFeedbackStore.getState().notify(active ? 'success' : 'info', active ? `${vendor.name} switched on` : `${vendor.name} switched off`, active ? null : 'Its history stays; it is no longer offered for new work.');
  await loadVendors();
}

/** The header row, first lines and code values of a vendor's sample file, for building a mapping. */
export async function readSampleFile(file: File): Promise<VendorSample | null> {
  const tooBig = csvTooBig(file);
  if (tooBig !== null) {
    useFeedbackStore.getState().notify('error', 'That file is larger than 50 MB', `${tooBig} A sample needs only the header row and a few lines.`);
    return null;
  }
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const result = await call('vendors.readSample', { fileName: file.name, contentBase64 });
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  useFeedbackStore.getState().notify('info', `${file.name}: ${result.value.header.length} columns, ${result.value.lines} lines`, 'Pick the field each column holds.');
  return result.value;
}
