import { describe, expect, it } from 'vitest';
import { parseNwipeLog } from '../../../electron/services/wipes/nwipe/parse-nwipe-log';
import { localToIso, offsetWords } from '../../../electron/services/wipes/nwipe/local-time';
import { NWIPE_FIXTURES, readFixture } from '../../support/nwipe/fixtures';

const parse = (file: string) => parseNwipeLog(readFixture(file).toString('utf8'));

describe('reading logs written by real nwipe runs', () => {
  it('reads an erased drive: options, device, errors, verification, times', () => {
    const result = parse(NWIPE_FIXTURES.erased);
    if (!result.ok) throw new Error(result.reason);
    expect(result.log).toMatchObject({ version: '0.33', method: 'Fill With Zeros', prng: 'Isaac64', rounds: 1, verify: 'last', blank: true, end: 'completed' });
    expect(result.log.drives).toEqual([
      {
        device: '/dev/loop0',
        bus: 'VIRT',
        model: 'Loopback device',
        size: '67 MB',
        serial: null,
        status: 'erased',
        errors: { pass: 0, verify: 0, fdatasync: 0 },
        verifiedEmpty: true,
        startedAt: { year: 2026, month: 11, day: 21, hour: 22, minute: 0, second: 23 },
        finishedAt: { year: 2026, month: 11, day: 21, hour: 22, minute: 0, second: 26 },
        problems: [],
      },
    ]);
  });

  it('reads an aborted run and a run with write errors as not erased, keeping nwipe\u2019s error lines', () => {
    const aborted = parse(NWIPE_FIXTURES.aborted);
    const failed = parse(NWIPE_FIXTURES.failed);
    if (!aborted.ok || !failed.ok) throw new Error('fixtures must parse');
    expect(aborted.log).toMatchObject({ method: 'PRNG Stream', rounds: 2, verify: 'all', end: 'aborted' });
    expect(aborted.log.drives[0]?.status).toBe('aborted');
    expect(failed.log.end).toBe('errors');
    expect(failed.log.drives[0]).toMatchObject({ status: 'failed', errors: { pass: 1, verify: 0, fdatasync: 1 } });
    expect(failed.log.drives[0]?.problems).toEqual([
      'nwipe_static_pass: fdatasync: Input/output error',
      'Nwipe exited with errors on device = /dev/loop0, see log for specific error',
    ]);
  });

  it('keeps a readable serial and drops unreadable or anonymised ones (nwipe --quiet writes XXXXXX)', () => {
    const text = readFixture(NWIPE_FIXTURES.erased).toString('latin1');
    const withSerial = (serial: string) => parseNwipeLog(text.replace(/S\/N=.*$/m, `S/N=${serial}`));
    const real = withSerial('WD-WCC4N7ZK1234');
    const quiet = withSerial('XXXXXX');
    expect(real.ok && real.log.drives[0]?.serial).toBe('WD-WCC4N7ZK1234');
    expect(quiet.ok && quiet.log.drives[0]?.serial).toBeNull();
  });

  it('tells a cut-short log, a file that is not nwipe\u2019s, and binary data apart', () => {
    const whole = readFixture(NWIPE_FIXTURES.erased).toString('utf8');
    expect(parseNwipeLog(whole.slice(0, whole.indexOf('Error Summary')))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(parseNwipeLog('Nov 21 22:00:23 host kernel: loop0: detected capacity change\n')).toMatchObject({ ok: false, problem: 'not-nwipe' });
    expect(parseNwipeLog('%PDF-1.7\u0000\u0001')).toMatchObject({ ok: false, problem: 'not-nwipe' });
    expect(parseNwipeLog('')).toMatchObject({ ok: false, problem: 'not-nwipe' });
  });

  it('turns nwipe\u2019s zone-less local times into instants with the wipe machine\u2019s offset', () => {
    const t = { year: 2026, month: 11, day: 21, hour: 22, minute: 0, second: 23 };
    expect(localToIso(t, 0)).toBe('2026-11-21T22:00:23.000Z');
    expect(localToIso(t, 60)).toBe('2026-11-21T21:00:23.000Z');
    expect(localToIso(t, -330)).toBe('2026-11-22T03:30:23.000Z');
    expect(offsetWords(-330)).toBe('UTC-05:30');
  });
});
