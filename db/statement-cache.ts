import type Database from 'better-sqlite3';

const MAX_CACHED = 1000;

/**
 * Compiling a statement costs more than running most of ours, and a scan runs a dozen: keep each SQL
 * text's compiled statement for the life of the connection. A statement still being iterated is busy,
 * so a second use of the same text while it is open gets a fresh one.
 */
export function cacheStatements(db: Database.Database): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    if (cached !== undefined && !cached.busy) return cached;
    const statement = compile(source);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(source, statement);
    return statement;
  };
  db.prepare = prepare as Database.Database['prepare'];
}
