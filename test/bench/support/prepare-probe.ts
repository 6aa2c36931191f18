import type Database from 'better-sqlite3';
import type { Db } from '../../../db/connection';

/** The core's connection with every db.prepare call counted, and optionally answered from a cache. */
export interface PrepareProbe {
  readonly db: Db;
  /** The SQL text of every prepare call since the last clear, in order. */
  calls(): readonly string[];
  clear(): void;
}

/**
 * Experiment, not a fix: wraps a connection so db.prepare is recorded and, with `cache`, hands back one compiled
 * statement per SQL text instead of compiling it on every call, to show what statement caching in the core would save.
 */
export function probePrepare(db: Db, options: { readonly cache: boolean }): PrepareProbe {
  const compiled = new Map<string, Database.Statement>();
  const seen: string[] = [];
  const prepare = (sql: string): Database.Statement => {
    seen.push(sql);
    const known = options.cache ? compiled.get(sql) : undefined;
    if (known !== undefined) return known;
    const statement = db.prepare(sql);
    if (options.cache) compiled.set(sql, statement);
    return statement;
  };
  const wrapped = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: wrapped, calls: () => [...seen], clear: () => seen.splice(0) };
}

export interface QueryPlan {
  readonly sql: string;
  /** How many times one scan prepared this SQL. */
  readonly preparedPerScan: number;
  readonly plan: readonly string[];
  /**
   * True when SQLite reads a whole table or sorts in a temporary b-tree: work that grows with the data. A SCAN
   * in rowid order that a LIMIT stops (the newest event: ORDER BY seq DESC LIMIT 1) reads one row and is not counted.
   */
  readonly grows: boolean;
}

function nullParameters(sql: string): unknown[] {
  const named = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? '');
  if (named.length > 0) return [Object.fromEntries(named.map((name) => [name, null]))];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
}

/** EXPLAIN QUERY PLAN for each distinct statement a scan prepared. */
export function queryPlans(db: Db, calls: readonly string[]): QueryPlan[] {
  const counts = new Map<string, number>();
  for (const sql of calls) counts.set(sql, (counts.get(sql) ?? 0) + 1);
  return [...counts].map(([sql, preparedPerScan]) => {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nullParameters(sql)) as { detail: string }[];
    const plan = rows.map((r) => r.detail);
    const stopsAtLimit = /ORDER BY \w+ DESC LIMIT 1$/.test(sql.trim());
    const grows = plan.some((step) => step.includes('TEMP B-TREE') || (/^SCAN (?!CONSTANT)/.test(step) && !stopsAtLimit));
    return { sql: sql.replace(/\s+/g, ' ').trim(), preparedPerScan, plan, grows };
  });
}
