import { describe, expect, it } from 'vitest';
import { assertRt5Installed, RT5_REQUIRED_PATHS } from '../../support/rt5/rt5-install';

describe('the RT test server needs Request Tracker 5 from Debian', () => {
  it('fails with the apt-get command when a part is missing, naming the part', () => {
    const missing = '/usr/share/request-tracker5/libexec/no-such-rt-server';
    expect(() => assertRt5Installed([...RT5_REQUIRED_PATHS, missing])).toThrow(
      /Request Tracker 5 is not installed[\s\S]*apt-get install -y --no-install-recommends[\s\S]*request-tracker5 rt5-db-sqlite rt5-standalone[\s\S]*missing: \/usr\/share\/request-tracker5\/libexec\/no-such-rt-server/,
    );
  });

  it('is satisfied on this machine, where the packages are installed', () => {
    expect(() => assertRt5Installed()).not.toThrow();
  });
});
