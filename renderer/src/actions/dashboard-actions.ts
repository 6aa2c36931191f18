import { call } from '../api/client';
import { useDashboardStore } from '../stores/dashboard-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { downloadBytes } from './download-file';
import { notifyError } from './notify-error';

export async function loadDashboard(): Promise<void> {
  const result = await call('cases.dashboard', {});
  if (!result.ok) return notifyError(result.error);
  useDashboardStore.getState().loaded(result.value);
}

export async function exportDashboardCsv(): Promise<void> {
  const result = await call('cases.dashboardCsv', {});
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, result.value.content, 'text/csv;charset=utf-8');
  useFeedbackStore.getState().notify('success', `Saved ${result.value.fileName}`, `${result.value.rows} open case(s).`);
}
