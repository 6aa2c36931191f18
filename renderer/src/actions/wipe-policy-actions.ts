import type { CertificateIssuer, WipePolicy } from '../../../shared/domain/sanitization/policy';
import type { WipePoliciesView } from '../../../shared/domain/sanitization/wipe-views';
import { call } from '../api/client';
import { classWords } from '../format/asset-words';
import { useFeedbackStore } from '../stores/feedback-store';
import { notifyError } from './notify-error';

export async function loadPolicies(): Promise<WipePoliciesView | null> {
  const result = await call('wipes.policies', {});
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  return result.value;
}

export async function savePolicy(policy: WipePolicy): Promise<WipePoliciesView | null> {
  const result = await call('wipes.savePolicy', policy);
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  useFeedbackStore.getState().notify('success', `Policy saved for ${classWords(policy.assetClass)}`, 'The wipe queue applies it at once.');
  return result.value;
}

export async function saveIssuer(issuer: CertificateIssuer): Promise<WipePoliciesView | null> {
  const result = await call('wipes.saveIssuer', issuer);
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  useFeedbackStore.getState().notify('success', 'Certificate issuer saved');
  return result.value;
}
