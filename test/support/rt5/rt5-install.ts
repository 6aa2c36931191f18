import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const RT5_LIB = '/usr/share/request-tracker5/lib';
export const RT5_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
export const RT5_SETUP_DATABASE = '/usr/sbin/rt-setup-database-5';
const STARLET = '/usr/share/perl5/Starlet.pm';

export const RT5_INSTALL_HINT = [
  'Request Tracker 5 is not installed; the RT connector tests run against the real server. Install it (Debian 12) with:',
  '  echo "request-tracker5 request-tracker5/dbconfig-install boolean false" | debconf-set-selections',
  '  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\',
  '    dbconfig-no-thanks request-tracker5 rt5-db-sqlite rt5-standalone dma w3m',
].join('\n');

/** The files of the Debian packages the tests rely on (request-tracker5, rt5-standalone and its starlet). */
export const RT5_REQUIRED_PATHS: readonly string[] = [RT5_LIB, RT5_SERVER, RT5_SETUP_DATABASE, STARLET];

/** rt5-db-sqlite is a dependency package: what it brings is Perl's SQLite driver. */
function sqliteDriverMissing(): boolean {
  try {
    execFileSync('perl', ['-MDBD::SQLite', '-e', '1'], { stdio: 'ignore', timeout: 10_000 });
    return false;
  } catch {
    return true;
  }
}

/** Throws with the install command when a part of RT the tests need is missing. Never skips. */
export function assertRt5Installed(required: readonly string[] = RT5_REQUIRED_PATHS): void {
  const missing = required.filter((path) => !existsSync(path));
  if (sqliteDriverMissing()) missing.push('Perl DBD::SQLite (rt5-db-sqlite)');
  if (missing.length > 0) throw new Error(`${RT5_INSTALL_HINT}\n(missing: ${missing.join(', ')})`);
}
