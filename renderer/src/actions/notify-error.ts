import type { AppError } from '../../../shared/errors';
import { endsSession } from '../api/client';
import { errorText } from '../format/error-text';
import { useFeedbackStore } from '../stores/feedback-store';

/** Red banner, error sound and the words for the error. An ended session is shown on the sign-in screen instead. */
export function notifyError(error: AppError): void {
  if (endsSession(error)) return;
  const { title, detail } = errorText(error);
  useFeedbackStore.getState().notify('error', title, detail);
}
