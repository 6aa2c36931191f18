import type { Migration } from './migration';

export const initial: Migration = {
  version: 1,
  name: 'initial: stations, settings, technicians, assets, custody log, outbox, receiving batches',
  sql: `
CREATE TABLE stations (
  station_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE technicians (
  technician_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('technician', 'supervisor')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE assets (
  id TEXT PRIMARY KEY,
  asset_tag TEXT COLLATE NOCASE UNIQUE,
  serial TEXT COLLATE NOCASE,
  make TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  asset_class TEXT NOT NULL,
  sensitivity TEXT NOT NULL DEFAULT 'standard',
  custodian TEXT,
  central_id TEXT,
  status TEXT NOT NULL DEFAULT 'expected',
  condition TEXT,
  location TEXT,
  holder TEXT,
  last_event_at TEXT,
  event_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX assets_serial ON assets (serial);
CREATE INDEX assets_custodian ON assets (custodian COLLATE NOCASE);

CREATE TABLE custody_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  station_id TEXT NOT NULL REFERENCES stations (station_id),
  asset_id TEXT NOT NULL REFERENCES assets (id),
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  site TEXT NOT NULL,
  device_time TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  asset_prev_hash TEXT,
  hash TEXT NOT NULL UNIQUE,
  signature TEXT NOT NULL
);
CREATE INDEX custody_events_asset ON custody_events (asset_id, seq);

CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
BEGIN
  SELECT RAISE(ABORT, 'custody_events is append-only');
END;
CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON custody_events
BEGIN
  SELECT RAISE(ABORT, 'custody_events is append-only');
END;

CREATE TABLE outbox (
  event_id TEXT PRIMARY KEY REFERENCES custody_events (id),
  seq INTEGER NOT NULL,
  asset_id TEXT NOT NULL,
  enqueued_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT
);
CREATE INDEX outbox_order ON outbox (seq);

CREATE TABLE receiving_batches (
  batch_id TEXT PRIMARY KEY,
  technician_id TEXT NOT NULL,
  started_at TEXT NOT NULL
);

CREATE TABLE receiving_batch_items (
  batch_id TEXT NOT NULL REFERENCES receiving_batches (batch_id),
  asset_id TEXT NOT NULL REFERENCES assets (id),
  event_id TEXT NOT NULL REFERENCES custody_events (id),
  received_at TEXT NOT NULL,
  PRIMARY KEY (batch_id, asset_id)
);
`,
};
