import type { Db } from '../../../../db/connection';

/** The device's place in the wipe queue: when its latest receipt was, and whether it is still open. */
export interface QueueEntry {
  readonly receivedAt: string;
  readonly receiptSeq: number;
  readonly open: boolean;
}

export function queueEntry(db: Db, assetId: string): QueueEntry | null {
  const row = db.prepare('SELECT received_at, receipt_seq, open FROM wipe_queue WHERE asset_id = ?').get(assetId) as
    | { received_at: string; receipt_seq: number; open: number }
    | undefined;
  return row === undefined ? null : { receivedAt: row.received_at, receiptSeq: row.receipt_seq, open: row.open === 1 };
}
