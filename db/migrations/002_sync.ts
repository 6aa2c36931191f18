import type { Migration } from './migration';

/**
 * The sync worker's state. The outbox (001) stays the one place an event is enqueued, in the same
 * transaction as the event; the worker fans each outbox row out to one delivery row per connector and
 * deletes the outbox row in one transaction. A delivery row leaves only on acknowledgement (to
 * sync_delivered) or by a supervisor's recorded decision (sync_resolutions).
 */
export const sync: Migration = {
  version: 2,
  name: 'sync: connectors, per-connector deliveries, delivered log, resolutions, pull cursors, secrets, pulled asset columns',
  sql: `
CREATE TABLE sync_connectors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  settings TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  paused_reason TEXT,
  paused_at TEXT,
  reachable INTEGER,
  failures INTEGER NOT NULL DEFAULT 0,
  retry_at_ms INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sync_deliveries (
  connector_id TEXT NOT NULL REFERENCES sync_connectors (id),
  event_id TEXT NOT NULL REFERENCES custody_events (id),
  seq INTEGER NOT NULL,
  asset_id TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'dead', 'conflict')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  server_reason TEXT,
  remote TEXT,
  override INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (connector_id, event_id)
);
CREATE INDEX sync_deliveries_order ON sync_deliveries (connector_id, seq);
CREATE INDEX sync_deliveries_asset ON sync_deliveries (connector_id, asset_id, seq);

CREATE TABLE sync_delivered (
  connector_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  remote_ref TEXT,
  attempts INTEGER NOT NULL,
  delivered_at TEXT NOT NULL,
  PRIMARY KEY (connector_id, event_id)
);

CREATE TABLE sync_resolutions (
  id INTEGER PRIMARY KEY,
  connector_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('retry', 'dismiss', 'apply-ours', 'keep-theirs')),
  note TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  server_reason TEXT,
  at TEXT NOT NULL
);

CREATE TABLE sync_cursors (
  connector_id TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sync_secrets (
  connector_id TEXT PRIMARY KEY,
  sealed TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

ALTER TABLE assets ADD COLUMN central_status TEXT;
ALTER TABLE assets ADD COLUMN central_source TEXT;
ALTER TABLE assets ADD COLUMN central_pulled_at TEXT;
`,
};
