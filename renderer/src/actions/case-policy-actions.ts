import type { CasePolicy } from '../../../shared/domain/cases/case-policy';
import type { CasePolicyView } from '../../../shared/domain/cases/case-views';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { notifyError } from './notify-error';

export async function loadCasePolicy(): Promise<CasePolicyView | null> {
  const result = await call('cases.policy', {});
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  return result.value;
}

/** Saves the supervisor's policy: every open case's deadlines and escalation follow it from now on. */
export async function saveCasePolicy(policy: CasePolicy): Promise<CasePolicyView | null> {
  const result = await call('cases.savePolicy', policy);
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  useFeedbackStore.getState().notify('success', 'Return policy saved', 'Deadlines and escalation of every open case follow it from now on.');
  return result.value;
}
