import type Database from 'better-sqlite3';

export interface ColumnShape {
  readonly name: string;
  readonly type: string;
  readonly notnull: boolean;
  readonly default: string | null;
  readonly pk: number;
}

export interface TableShape {
  readonly columns: readonly ColumnShape[];
  /** "column -> table(column) on delete ..." for each foreign key. */
  readonly foreignKeys: readonly string[];
}

export interface IndexShape {
  readonly table: string;
  readonly unique: boolean;
  /** Key columns with their collation and order, e.g. "custodian COLLATE NOCASE ASC". */
  readonly columns: readonly string[];
  readonly partial: boolean;
}

/** What the schema guard protects: tables, columns, indexes and triggers, as of a migration version. */
export interface SchemaShape {
  readonly version: number;
  readonly tables: Readonly<Record<string, TableShape>>;
  readonly indexes: Readonly<Record<string, IndexShape>>;
  readonly triggers: Readonly<Record<string, string>>;
}

const squash = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

function tableShape(db: Database.Database, table: string): TableShape {
  const columns = (db.pragma(`table_info(${JSON.stringify(table)})`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]).map(
    (c) => ({ name: c.name, type: c.type, notnull: c.notnull === 1, default: c.dflt_value, pk: c.pk }),
  );
  const foreignKeys = (db.pragma(`foreign_key_list(${JSON.stringify(table)})`) as { from: string; table: string; to: string | null; on_delete: string; on_update: string }[]).map(
    (k) => `${k.from} -> ${k.table}(${k.to ?? ''}) on delete ${k.on_delete} on update ${k.on_update}`,
  );
  return { columns, foreignKeys: foreignKeys.sort() };
}

function indexShape(db: Database.Database, table: string, index: { name: string; unique: number; partial: number }): IndexShape {
  const keys = (db.pragma(`index_xinfo(${JSON.stringify(index.name)})`) as { name: string | null; desc: number; coll: string; key: number }[])
    .filter((k) => k.key === 1)
    .map((k) => `${k.name ?? '<expression>'} COLLATE ${k.coll} ${k.desc === 1 ? 'DESC' : 'ASC'}`);
  return { table, unique: index.unique === 1, columns: keys, partial: index.partial === 1 };
}

/** Reads the shape of a database's schema (SQLite's own tables left out). */
export function readSchema(db: Database.Database): SchemaShape {
  const version = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const names = (type: string) =>
    (db.prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all(type) as {
      name: string;
      tableName: string;
      sql: string | null;
    }[]);
  const tables: Record<string, TableShape> = {};
  const indexes: Record<string, IndexShape> = {};
  for (const { name } of names('table')) {
    tables[name] = tableShape(db, name);
    for (const index of db.pragma(`index_list(${JSON.stringify(name)})`) as { name: string; unique: number; partial: number }[]) {
      indexes[index.name] = indexShape(db, name, index);
    }
  }
  const triggers: Record<string, string> = {};
  for (const { name, sql } of names('trigger')) triggers[name] = squash(sql ?? '');
  return { version, tables, indexes, triggers };
}

const describeColumn = (c: ColumnShape): string => `${c.type}${c.notnull ? ' NOT NULL' : ''}${c.default === null ? '' : ` DEFAULT ${c.default}`}${c.pk > 0 ? ` PK${c.pk}` : ''}`;

/** Everything shipped that `current` dropped or changed. Additions are not drift. */
export function schemaDrift(shipped: SchemaShape, current: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [table, shape] of Object.entries(shipped.tables)) {
    const now = current.tables[table];
    if (now === undefined) {
      problems.push(`table ${table} was dropped`);
      continue;
    }
    for (const column of shape.columns) {
      const found = now.columns.find((c) => c.name === column.name);
      if (found === undefined) problems.push(`column ${table}.${column.name} was dropped`);
      else if (describeColumn(found) !== describeColumn(column)) problems.push(`column ${table}.${column.name} changed from ${describeColumn(column)} to ${describeColumn(found)}`);
    }
    for (const key of shape.foreignKeys) if (!now.foreignKeys.includes(key)) problems.push(`foreign key ${table}.${key} was dropped or changed`);
  }
  for (const [name, index] of Object.entries(shipped.indexes)) {
    const now = current.indexes[name];
    if (now === undefined) problems.push(`index ${name} was dropped`);
    else if (JSON.stringify(now) !== JSON.stringify(index)) problems.push(`index ${name} changed from ${JSON.stringify(index)} to ${JSON.stringify(now)}`);
  }
  for (const [name, sql] of Object.entries(shipped.triggers)) {
    const now = current.triggers[name];
    if (now === undefined) problems.push(`trigger ${name} was dropped`);
    else if (now !== sql) problems.push(`trigger ${name} changed from "${sql}" to "${now}"`);
  }
  return problems;
}
