import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { queuePage } from '../../../electron/services/wipes/queue-query';

describe('a station database from before sanitization, brought up to date', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-wipe-migrate-'));
    db = new Database(join(dir, 'dockside.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts the devices already received (and not wiped) in the wipe queue, from their receipt event', () => {
    db.prepare("INSERT INTO stations (station_id, public_key, created_at) VALUES ('ST-1', 'key', '2026-10-01T00:00:00.000Z')").run();
    const asset = db.prepare(
      "INSERT INTO assets (id, asset_tag, asset_class, sensitivity, status, last_event_at, event_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-10-01T00:00:00.000Z')",
    );
    asset.run('a-high', 'IT-1', 'laptop', 'high', 'received', '2026-10-05T10:00:00.000Z', 2);
    asset.run('a-wiped', 'IT-2', 'laptop', 'standard', 'wiped', '2026-10-06T10:00:00.000Z', 3);
    asset.run('a-old', 'IT-3', 'desktop', 'standard', 'wipe-pending', '2026-10-07T10:00:00.000Z', 2);
    const event = db.prepare(
      "INSERT INTO custody_events (seq, id, station_id, asset_id, type, payload, technician_id, site, device_time, prev_hash, hash, signature) VALUES (?, ?, 'ST-1', ?, ?, '{}', 'SUP-1', 'Main', ?, 'p', ?, 's')",
    );
    event.run(1, 'e1', 'a-high', 'received', '2026-10-02T09:00:00.000Z', 'h1');
    event.run(2, 'e2', 'a-old', 'received', '2026-10-01T09:00:00.000Z', 'h2');
    event.run(3, 'e3', 'a-high', 'note', '2026-10-05T10:00:00.000Z', 'h3');
    migrate(db);
    expect(db.prepare('SELECT asset_id, priority, received_at, receipt_seq, open FROM wipe_queue ORDER BY asset_id').all()).toEqual([
      { asset_id: 'a-high', priority: 0, received_at: '2026-10-02T09:00:00.000Z', receipt_seq: 1, open: 1 },
      { asset_id: 'a-old', priority: 1, received_at: '2026-10-01T09:00:00.000Z', receipt_seq: 2, open: 1 },
    ]);
    expect(queuePage(db, 0, 10, new Date('2026-10-20T00:00:00.000Z')).rows.map((r) => [r.label, r.overdue])).toEqual([
      ['IT-1', true],
      ['IT-3', true],
    ]);
  });
});
