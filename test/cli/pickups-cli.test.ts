import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/error-words';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { pickupSession } from '../support/pickups/signed-session';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { jsonOf, runDockside } from './support/run-dockside';

describe('dockside export receipt', () => {
  let f: CoreFixture;
  afterEach(() => removeFixture(f));

  it('prints the receipt of a signed-off session named by its reference, serial by serial', async () => {
    f = await signedInFixture();
    const { reference, sessionId } = await pickupSession(f);
    f.close();
    const out = join(f.dir, 'receipt.pdf');
    const run = runDockside(['export', 'receipt', reference, '--db', f.dbFile, '--out', out, '--json']);
    expect(run.status).toBe(0);
    expect(jsonOf<Record<string, unknown>>(run)).toEqual({ ok: true, file: out, sessionId, lines: 2 });
    const text = squeeze(readPdf(readFileSync(out)).text);
    expect(text).toContain(`Pickup ${reference} Vendor Acme Recycling`);
    expect(text).toContain('SN400001');
    expect(text).toContain('SN400002');
    expect(text).toContain('Pallet PAL-77 SEAL-7700 2');
    expect(text).toContain('Driver: Dana Driver');
  });

  it('refuses the receipt of a session not yet signed off, in words', async () => {
    f = await signedInFixture();
    const { sessionId } = await pickupSession(f, false);
    f.close();
    const run = runDockside(['export', 'receipt', sessionId, '--db', f.dbFile, '--out', join(f.dir, 'r.pdf')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(explainError({ code: 'PICKUP_NOT_SIGNED_OFF', message: '' }));
  });
});
