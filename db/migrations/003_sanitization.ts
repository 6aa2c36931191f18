import type { Migration } from './migration';

/**
 * Data sanitization. wipe_policies holds a supervisor's changes to the policy that ships with the app;
 * wipe_media the drives inside each host; wipe_records indexes the wipe_completed / wipe_failed events
 * (the events are the record: the payload carries every field) for the queue, certificates and exports;
 * wipe_imports remembers each imported tool log so none is recorded twice.
 *
 * wipe_queue is a projection kept by triggers on the asset's projected status, so every writer of a
 * receipt (the receiving desk, bulk loads, later flows) puts a device in the queue in the same
 * transaction: a device enters when its status becomes received (from anything but wipe-pending) and is
 * open while it is received or wipe-pending. Whether it holds data (its class, or recorded media) is
 * decided when the queue is read.
 */
export const sanitization: Migration = {
  version: 3,
  name: 'sanitization: wipe policies, media, wipe records, imported logs, the wipe queue',
  sql: `
CREATE TABLE wipe_policies (
  asset_class TEXT PRIMARY KEY,
  required_level TEXT NOT NULL CHECK (required_level IN ('clear', 'purge', 'destroy')),
  deadline_days INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 365),
  high_sensitivity_level TEXT NOT NULL CHECK (high_sensitivity_level IN ('clear', 'purge', 'destroy')),
  validation TEXT NOT NULL CHECK (validation IN ('never', 'high-sensitivity', 'always')),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE wipe_media (
  id TEXT PRIMARY KEY,
  asset_id TEXT NOT NULL REFERENCES assets (id),
  serial TEXT COLLATE NOCASE,
  media_type TEXT NOT NULL,
  make TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  property_number TEXT,
  capacity TEXT,
  started_event_id TEXT REFERENCES custody_events (id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX wipe_media_asset ON wipe_media (asset_id);
CREATE INDEX wipe_media_serial ON wipe_media (serial);

CREATE TABLE wipe_imports (
  log_sha256 TEXT PRIMARY KEY,
  tool TEXT NOT NULL,
  file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  technician_id TEXT NOT NULL
);

CREATE TABLE wipe_records (
  wipe_id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE REFERENCES custody_events (id),
  seq INTEGER NOT NULL,
  asset_id TEXT NOT NULL REFERENCES assets (id),
  medium_id TEXT NOT NULL REFERENCES wipe_media (id),
  result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
  level TEXT NOT NULL,
  verification TEXT NOT NULL,
  failure_reason TEXT,
  meets_policy INTEGER NOT NULL,
  finished_at TEXT NOT NULL,
  validation_event_id TEXT REFERENCES custody_events (id),
  log_sha256 TEXT REFERENCES wipe_imports (log_sha256)
);
CREATE INDEX wipe_records_asset ON wipe_records (asset_id, seq);
CREATE INDEX wipe_records_medium ON wipe_records (medium_id, seq);
CREATE INDEX wipe_records_finished ON wipe_records (finished_at);

CREATE TABLE wipe_queue (
  asset_id TEXT PRIMARY KEY REFERENCES assets (id),
  asset_class TEXT NOT NULL,
  priority INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  receipt_seq INTEGER NOT NULL,
  open INTEGER NOT NULL
);
CREATE INDEX wipe_queue_order ON wipe_queue (priority, received_at, asset_id) WHERE open = 1;

CREATE TRIGGER wipe_queue_on_asset_insert AFTER INSERT ON assets
WHEN NEW.status IN ('received', 'wipe-pending')
BEGIN
  INSERT INTO wipe_queue (asset_id, asset_class, priority, received_at, receipt_seq, open)
  VALUES (NEW.id, NEW.asset_class, CASE NEW.sensitivity WHEN 'high' THEN 0 ELSE 1 END,
          coalesce(NEW.last_event_at, NEW.created_at),
          coalesce((SELECT max(seq) FROM custody_events WHERE asset_id = NEW.id), 0), 1)
  ON CONFLICT (asset_id) DO NOTHING;
END;

CREATE TRIGGER wipe_queue_on_status AFTER UPDATE OF status ON assets
WHEN OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO wipe_queue (asset_id, asset_class, priority, received_at, receipt_seq, open)
  SELECT NEW.id, NEW.asset_class, CASE NEW.sensitivity WHEN 'high' THEN 0 ELSE 1 END,
         coalesce(NEW.last_event_at, NEW.created_at),
         coalesce((SELECT max(seq) FROM custody_events WHERE asset_id = NEW.id), 0), 1
  WHERE NEW.status = 'received' AND OLD.status <> 'wipe-pending'
  ON CONFLICT (asset_id) DO UPDATE SET
    asset_class = excluded.asset_class, priority = excluded.priority, received_at = excluded.received_at,
    receipt_seq = excluded.receipt_seq, open = 1;
  UPDATE wipe_queue SET open = (NEW.status IN ('received', 'wipe-pending')) WHERE asset_id = NEW.id;
END;

INSERT INTO wipe_queue (asset_id, asset_class, priority, received_at, receipt_seq, open)
SELECT a.id, a.asset_class, CASE a.sensitivity WHEN 'high' THEN 0 ELSE 1 END,
       coalesce((SELECT e.device_time FROM custody_events e WHERE e.asset_id = a.id AND e.type = 'received' ORDER BY e.seq DESC LIMIT 1),
                a.last_event_at, a.created_at),
       coalesce((SELECT max(e.seq) FROM custody_events e WHERE e.asset_id = a.id AND e.type = 'received'), 0), 1
FROM assets a WHERE a.status IN ('received', 'wipe-pending');
`,
};
