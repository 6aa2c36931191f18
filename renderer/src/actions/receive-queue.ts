import type { ScanEntry } from '../scan/entry';
import { useReceiveStore, type ReceiveTask } from '../stores/receive-store';
import { confirmCard } from './receive-record';
import { handleEntry } from './receive-scan';

async function run(task: ReceiveTask): Promise<void> {
  if (task.kind === 'confirm') await confirmCard();
  else await handleEntry(task.entry);
}

/** Works through queued tasks one at a time, so scans arriving mid-lookup wait their turn and none is lost. */
async function drain(): Promise<void> {
  const store = useReceiveStore.getState();
  store.setWorking(true);
  try {
    for (let task = store.nextTask(); task !== null; task = useReceiveStore.getState().nextTask()) await run(task);
  } finally {
    useReceiveStore.getState().setWorking(false);
  }
}

function enqueue(task: ReceiveTask): void {
  const store = useReceiveStore.getState();
  store.enqueue(task);
  if (!store.working) void drain();
}

export const submitEntry = (entry: ScanEntry): void => enqueue({ kind: 'entry', entry });
export const requestConfirm = (): void => enqueue({ kind: 'confirm' });
