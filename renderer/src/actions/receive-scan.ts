import { readGradeToken } from '../../../shared/domain/grading';
import { call } from '../api/client';
import { assetLabel } from '../format/asset-words';
import { accessoryLabel, damageLabel, readCodeToken, selectGrade, toggleCode } from '../grading/grade-draft';
import type { ScanEntry } from '../scan/entry';
import { useFeedbackStore } from '../stores/feedback-store';
import { useReceiveStore, type OpenCard } from '../stores/receive-store';
import { useStationStore } from '../stores/station-store';
import { notifyError } from './notify-error';
import { confirmCard, receiveUngraded } from './receive-record';
import { isCaseBarcode, openCaseByBarcode } from './dock-case-actions';

const FINISH_FIRST = 'Confirm (Enter) or cancel (Esc) the open device first';

/** While a card is open, the scan field reads grade sheet codes; Enter on its own confirms; anything else must wait. */
async function entryOnCard(card: OpenCard, entry: ScanEntry): Promise<void> {
  const feedback = useFeedbackStore.getState();
  const store = useReceiveStore.getState();
  if (entry.value.trim() === '') return confirmCard();
  const grade = readGradeToken(entry.value, useStationStore.getState().settings.gradingScheme);
  if (grade !== null) {
    store.updateDraft(selectGrade(card.draft, grade));
    feedback.notify('info', `Grade ${grade.code} selected`, 'Enter confirms, Esc cancels.');
    return;
  }
  const code = readCodeToken(entry.value);
  if (code !== null) {
    const next = toggleCode(card.draft, code.list, code.code);
    const label = code.list === 'damage' ? damageLabel(code.code) : accessoryLabel(code.code);
    store.updateDraft(next);
    feedback.notify('info', `${label}: ${next[code.list].includes(code.code) ? 'marked' : 'unmarked'}`);
    return;
  }
  feedback.notify('warning', FINISH_FIRST, `${assetLabel(card.lookup.asset)} is still open; \u201c${entry.value.trim().slice(0, 40)}\u201d was not looked up.`);
}

/** Looks a scan up and decides what the technician sees: an error, a duplicate, a grade card, or the quick-create form. */
async function lookUp(entry: ScanEntry): Promise<void> {
  const feedback = useFeedbackStore.getState();
  const store = useReceiveStore.getState();
  if (store.batch === null) {
    feedback.notify('error', 'No receiving batch is open. Press \u201cNew batch\u201d, then scan again.');
    return;
  }
  const result = await call('receiving.lookup', { raw: entry.value, source: entry.source, batchId: store.batch.batchId });
  if (!result.ok) return notifyError(result.error);
  const lookup = result.value;
  if (lookup.kind === 'unknown') {
    store.openCreate({ entry, suggestion: lookup.suggestion });
    feedback.notify('warning', `${lookup.reading.value} is not on record`, 'Add it below: Enter saves and goes on to grading, Esc cancels.');
    return;
  }
  const label = assetLabel(lookup.asset);
  if (lookup.alreadyInBatch) {
    feedback.notify('warning', 'Already received in this batch', `${label} was not recorded again.`);
    return;
  }
  if (store.quickReceive) {
    await receiveUngraded(lookup.asset, entry);
    return;
  }
  store.openCard(lookup, entry);
  feedback.notify('info', `${label} found: grade it`, 'Type or scan the grade codes, then Enter to confirm. Esc cancels.');
}

export async function handleEntry(entry: ScanEntry): Promise<void> {
  const { card, create } = useReceiveStore.getState();
  if (create !== null) {
    useFeedbackStore.getState().notify('warning', 'Save (Enter) or cancel (Esc) the new device first');
    return;
  }
  if (card !== null) return entryOnCard(card, entry);
  if (entry.value.trim() === '') return;
  if (isCaseBarcode(entry.value)) return openCaseByBarcode(entry.value, 'dock');
  await lookUp(entry);
}
