import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where one throw-away RT instance keeps everything: config, SQLite file, logs, caches. */
export interface Rt5Paths {
  readonly dir: string;
  readonly siteConfig: string;
  readonly siteConfigDir: string;
  readonly database: string;
  readonly rootPasswordFile: string;
  readonly serverLog: string;
}

export function rt5Paths(dir: string): Rt5Paths {
  return {
    dir,
    siteConfig: join(dir, 'etc', 'RT_SiteConfig.pm'),
    // An empty directory: Debian's /etc/request-tracker5/RT_SiteConfig.d (debconf settings) is skipped.
    siteConfigDir: join(dir, 'etc', 'RT_SiteConfig.d'),
    database: join(dir, 'var', 'rt5.sqlite'),
    rootPasswordFile: join(dir, 'etc', 'root-password'),
    serverLog: join(dir, 'var', 'log', 'rt-server.log'),
  };
}

/** Environment every RT tool and the server read instead of /etc/request-tracker5. */
export function rt5Env(paths: Rt5Paths): NodeJS.ProcessEnv {
  return { ...process.env, RT_SITE_CONFIG: paths.siteConfig, RT_SITE_CONFIG_DIR: paths.siteConfigDir };
}

const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The custody lifecycle of the dock catalog. Devices that hold no data go straight from received to
 * awaiting-pickup; 'stolen' and 'deleted' are set by people in RT, never by Dockside.
 */
const LIFECYCLE = `Set(%Lifecycles,
  'dockside-custody' => {
    type     => 'asset',
    initial  => ['received'],
    active   => ['quarantined', 'wiped', 'awaiting-pickup'],
    inactive => ['picked-up', 'disposed', 'stolen', 'deleted'],
    defaults => { on_create => 'received' },
    transitions => {
      ''                => ['received'],
      received          => ['quarantined', 'wiped', 'awaiting-pickup', 'stolen', 'deleted'],
      quarantined       => ['wiped', 'stolen', 'deleted'],
      wiped             => ['quarantined', 'awaiting-pickup', 'stolen', 'deleted'],
      'awaiting-pickup' => ['quarantined', 'wiped', 'picked-up', 'stolen', 'deleted'],
      'picked-up'       => ['disposed'],
      disposed          => [],
      stolen            => ['received'],
      deleted           => [],
    },
    rights => { '* -> *' => 'ModifyAsset' },
  },
);`;

/** RT_SiteConfig.pm for a loopback-only server on the given port, with a SQLite database. */
export function siteConfigText(paths: Rt5Paths, port: number): string {
  const lines = [
    `$RT::VarPath = ${quote(join(paths.dir, 'var'))};`,
    `$RT::MasonDataDir = ${quote(join(paths.dir, 'var', 'mason_data'))};`,
    `$RT::MasonSessionDir = ${quote(join(paths.dir, 'var', 'session_data'))};`,
    `Set($rtname, 'dockside-test');`,
    `Set($Organization, 'dockside-test.invalid');`,
    `Set($CorrespondAddress, 'rt\\@dockside-test.invalid');`,
    `Set($CommentAddress, 'rt-comment\\@dockside-test.invalid');`,
    `Set($WebDomain, '127.0.0.1');`,
    `Set($WebPort, ${port});`,
    `Set($WebPath, '');`,
    `Set($WebBaseURL, 'http://127.0.0.1:${port}');`,
    `Set($DatabaseType, 'SQLite');`,
    `Set($DatabaseName, ${quote(paths.database)});`,
    `Set($MailCommand, 'mbox');`,
    `Set($LogToSyslog, undef);`,
    `Set($LogToSTDERR, 'warning');`,
    `Set($Timezone, 'UTC');`,
    // The default cost (12) makes every token check take about 0.3 s; must be set before users and tokens exist.
    `Set($BcryptCost, 4);`,
    LIFECYCLE,
    '1;',
    '',
  ];
  return lines.join('\n');
}

export function writeSiteConfig(paths: Rt5Paths, port: number): void {
  for (const sub of ['etc/RT_SiteConfig.d', 'var/log', 'var/mason_data', 'var/session_data']) mkdirSync(join(paths.dir, sub), { recursive: true });
  writeFileSync(paths.siteConfig, siteConfigText(paths, port));
}
