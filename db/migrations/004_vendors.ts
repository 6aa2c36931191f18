import type { Migration } from './migration';

/**
 * ITAD vendors. A vendor's profile (certifications, contacts, the field mapping of its manifest and
 * disposition report) is one validated JSON document: it is read and written whole. Disposition reports imported
 * (by file fingerprint, so the same file is recognised), and the review queue of what a report could not settle:
 * one item per distinct problem (dedupe_key), resolved by a supervisor with a note, never deleted.
 */
export const vendors: Migration = {
  version: 4,
  name: 'vendors: ITAD vendor profiles and their field mappings',
  sql: `
CREATE TABLE vendors (
  vendor_id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  profile TEXT NOT NULL CHECK (json_valid(profile)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE disposition_imports (
  import_id TEXT PRIMARY KEY,
  vendor_id TEXT NOT NULL REFERENCES vendors (vendor_id),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  lines INTEGER NOT NULL,
  recorded INTEGER NOT NULL,
  already INTEGER NOT NULL,
  queued INTEGER NOT NULL
);
CREATE INDEX disposition_imports_file ON disposition_imports (vendor_id, file_sha256);

CREATE TABLE disposition_review (
  item_id TEXT PRIMARY KEY,
  vendor_id TEXT NOT NULL REFERENCES vendors (vendor_id),
  import_id TEXT NOT NULL REFERENCES disposition_imports (import_id),
  kind TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  line INTEGER,
  asset_id TEXT REFERENCES assets (id),
  serial TEXT,
  asset_tag TEXT,
  vendor_outcome TEXT,
  outcome TEXT,
  processed_date TEXT,
  certificate_number TEXT,
  vendor_condition TEXT,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolution TEXT CHECK (resolution IN ('noted', 'recorded', 'settled')),
  resolved_by TEXT,
  resolved_at TEXT,
  note TEXT,
  UNIQUE (vendor_id, dedupe_key)
);
CREATE INDEX disposition_review_open ON disposition_review (resolved_at, created_at);
CREATE INDEX disposition_review_asset ON disposition_review (asset_id);
`,
};
