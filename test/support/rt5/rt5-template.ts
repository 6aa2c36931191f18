import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { RT5_LIB, RT5_SETUP_DATABASE } from './rt5-install';
import { mintToken } from './rt5-perl';
import { rt5Env, rt5Paths, siteConfigText, writeSiteConfig, type Rt5Paths } from './rt5-site-config';

const run = promisify(execFile);
const SEED_FILE = fileURLToPath(new URL('./dockside-seed.pl', import.meta.url));
const RT5_ROOT_PASSWORD = 'dockside-root-pw';

/** A freshly initialised and seeded RT database, built once and copied for every server. */
export interface Rt5Template {
  readonly database: string;
  readonly rootToken: string;
}

async function setupTool(paths: Rt5Paths, args: readonly string[]): Promise<void> {
  try {
    await run(RT5_SETUP_DATABASE, [...args, '--skip-create'], { env: rt5Env(paths), timeout: 120_000 });
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string };
    throw new Error(`rt-setup-database-5 ${args.join(' ')} failed:\n${out.stdout ?? ''}\n${out.stderr ?? ''}`);
  }
}

/** The template depends on the seed, the lifecycle config and the installed RT; any change builds a new one. */
function templateKey(): string {
  const rt = statSync(join(RT5_LIB, 'RT.pm'));
  return createHash('sha256')
    .update(readFileSync(SEED_FILE))
    .update(siteConfigText(rt5Paths('/template'), 0))
    .update(`${rt.size}:${rt.mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
}

/** RT's core data, then Dockside's seed (queues, catalog, custom fields), then a REST2 token for root. */
async function buildTemplate(target: string): Promise<void> {
  const paths = rt5Paths(mkdtempSync(`${target}.building-`));
  try {
    writeSiteConfig(paths, 0);
    writeFileSync(paths.rootPasswordFile, `${RT5_ROOT_PASSWORD}\n`, { mode: 0o600 });
    await setupTool(paths, ['--action', 'init', '--root-password-file', paths.rootPasswordFile]);
    await setupTool(paths, ['--action', 'insert', '--datafile', SEED_FILE]);
    writeFileSync(join(paths.dir, 'root-token'), `${await mintToken(paths, 'root')}\n`);
    try {
      renameSync(paths.dir, target);
    } catch (error) {
      if (!existsSync(target)) throw error; // else another test file built the same template first
    }
  } finally {
    rmSync(paths.dir, { recursive: true, force: true });
  }
}

/**
 * Initialising RT's database takes several seconds of CPU, so the pristine, seeded database is built once
 * (keyed by everything it depends on) and each test file's server gets its own copy of it.
 */
export async function rt5Template(): Promise<Rt5Template> {
  const dir = join(tmpdir(), `dockside-rt5-template-${templateKey()}`);
  if (!existsSync(dir)) await buildTemplate(dir);
  const paths = rt5Paths(dir);
  return { database: paths.database, rootToken: readFileSync(join(dir, 'root-token'), 'utf8').trim() };
}
