import type { Migration } from './migration';

/**
 * ITAD vendors. A vendor's profile (certifications, contacts, the field mapping of its manifest and
 * disposition report) is one validated JSON document: it is read and written whole.
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
`,
};
