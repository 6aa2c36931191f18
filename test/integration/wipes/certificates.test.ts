import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, type ClosablePrinter } from '../../../electron/cli/chromium-pdf-printer';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { readPdf, squeeze } from '../../support/wipes/pdf-text';
import { addDrive, mediumId, receivedDevice, wipeInput } from '../../support/wipes/wipe-station';

describe('certificates of sanitization (PDF through Chromium, read back with pdftotext) and the auditors\u2019 CSV', () => {
  let printer: ClosablePrinter;
  let f: CoreFixture;
  let laptopId: string;

  beforeAll(() => {
    printer = chromiumPdfPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });
  beforeEach(async () => {
    f = await signedInFixture({ pdf: printer });
    await f.call('users.add', { technicianId: 'QA-7', name: 'Quinn Auditor', role: 'supervisor', pin: '7777' });
    await f.call('wipes.saveIssuer', { organisation: 'Acme Health Ltd', location: 'Leeds depot', phone: '+44 113 555 0100' });
    const laptop = await receivedDevice(f, { assetTag: 'IT-000300', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', sensitivity: 'high' });
    laptopId = laptop.id;
    await f.call('wipes.addMedium', { assetId: laptopId, serial: 'S3Z9NB0K123456X', mediaType: 'nvme', make: 'Samsung', model: 'PM9A1', propertyNumber: 'PROP-0042', capacity: '512 GB' });
  });
  afterEach(() => removeFixture(f));

  it('refuses a certificate until the device is sanitized to policy, in words', async () => {
    const refused = await f.core.invoke('wipes.certificate', { assetId: laptopId });
    expect(expectFailure(refused)).toBe('CERTIFICATE_NOT_READY');
    expect(refused.ok ? null : refused.error.details?.['reason']).toBe('Drive S3Z9NB0K123456X is not wiped yet.');
  });

  it('prints a device certificate with the Appendix G fields and the custody-event hashes behind it', async () => {
    const view = await f.call('wipes.asset', { assetId: laptopId });
    const outcome = await f.call(
      'wipes.record',
      wipeInput(f, laptopId, mediumId(view, 'S3Z9NB0K123456X'), {
        methodDetails: 'NVMe Format with Secure Erase Settings = Crypto',
        tool: 'nvme-cli',
        toolVersion: '2.4',
        classification: 'Unclassified',
        destination: 'external-reuse',
        validator: { technicianId: 'QA-7', pin: '7777' },
      }),
    );
    expect(outcome.assetSanitized).toBe(true);
    const file = await f.call('wipes.certificate', { assetId: laptopId });
    expect(file.fileName).toMatch(/^certificate-of-sanitization-IT-000300-COS-[0-9A-F]{12}\.pdf$/);
    const { text } = readPdf(Buffer.from(file.pdfBase64, 'base64'));
    const t = squeeze(text);
    const hash = (f.db.prepare('SELECT hash FROM custody_events WHERE id = ?').get(outcome.eventId) as { hash: string }).hash;
    for (const line of [
      'Certificate of Sanitization',
      'Person performing sanitization',
      'Sam Supervisor (SUP-1) Supervisor Acme Health Ltd Leeds depot +44 113 555 0100',
      'Media make / vendor Samsung',
      'Media model PM9A1',
      'Media serial number S3Z9NB0K123456X',
      'Media property number PROP-0042',
      'Media type NVMe drive, 512 GB',
      'Source (host) IT-000300 · serial PF3ABC12 · Lenovo ThinkPad T14',
      'Classification High sensitivity (financial, health or legal data)',
      'Method type (level) Purge',
      'Method used Cryptographic erase, NIST SP 800-88 Rev. 1',
      'Method details NVMe Format with Secure Erase Settings = Crypto',
      'Tool used (and version) nvme-cli 2.4',
      'Verification method Full',
      'Post-sanitization classification Unclassified',
      'Media destination External reuse',
      'I attest that the information provided on this statement is accurate to the best of my knowledge.',
      'Date 2026-11-02',
      'Quinn Auditor (QA-7) Supervisor Acme Health Ltd 2026-11-02 08:00:00 UTC',
      `wipe record event ${hash}`,
    ]) {
      expect(t).toContain(line);
    }
    expect(t).toContain(`signed by station ${f.signer.stationId}`);
  });

  it('prints one batch certificate for the devices sanitized in a period, and skips those not sanitized', async () => {
    const drive = mediumId(await f.call('wipes.asset', { assetId: laptopId }), 'S3Z9NB0K123456X');
    await f.call('wipes.record', wipeInput(f, laptopId, drive, { validator: { technicianId: 'QA-7', pin: '7777' } }));
    for (const n of [1, 2, 3]) {
      const desktop = await receivedDevice(f, { assetTag: `IT-00031${n}`, make: 'HP', model: 'EliteDesk 800', assetClass: 'desktop' });
      const v = await addDrive(f, desktop.id, `HDD-BATCH-${n}`, 'hdd');
      await f.call('wipes.record', wipeInput(f, desktop.id, mediumId(v, `HDD-BATCH-${n}`), { level: 'clear', technique: 'overwrite', tool: 'nwipe', toolVersion: '0.33', result: n === 3 ? 'fail' : 'pass', failureReason: n === 3 ? 'verification errors' : '' }));
    }
    const file = await f.call('wipes.batchCertificate', { from: '2026-11-01', to: '2026-11-02' });
    expect(file).toMatchObject({ devices: 3, media: 3 });
    const { text } = readPdf(Buffer.from(file.pdfBase64, 'base64'));
    const t = squeeze(text);
    expect(t).toContain('Batch: 3 device(s), 3 medium/media, wipes finished 2026-11-01 to 2026-11-02');
    for (const serial of ['S3Z9NB0K123456X', 'HDD-BATCH-1', 'HDD-BATCH-2']) expect(t).toContain(serial);
    expect(t).not.toContain('HDD-BATCH-3');
    expect((t.match(/wipe record event [0-9a-f]{64}/g) ?? []).length).toBe(3);
    const none = await f.core.invoke('wipes.batchCertificate', { from: '2026-10-01', to: '2026-10-31' });
    expect(expectFailure(none)).toBe('CERTIFICATE_NOT_READY');
  });

  it('exports every wipe record as CSV: BOM, CRLF, formula cells defused', async () => {
    const drive = mediumId(await f.call('wipes.asset', { assetId: laptopId }), 'S3Z9NB0K123456X');
    await f.call('wipes.record', wipeInput(f, laptopId, drive, { result: 'fail', failureReason: '-FAILED- by nwipe', notes: '=HYPERLINK("http://evil.example","click"), then "quoted"' }));
    await f.call('wipes.record', wipeInput(f, laptopId, drive, { classification: '@SUM(A1)', notes: '+1 retry' }));
    const csv = await f.call('wipes.exportCsv', { period: null });
    expect(csv.rows).toBe(2);
    expect(csv.content.startsWith('\ufeffHost asset tag,Host serial,')).toBe(true);
    const lines = csv.content.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""click""), then ""quoted""",`);
    expect(lines[1]).toContain(",fail,'-FAILED- by nwipe,");
    expect(lines[2]).toContain(",'@SUM(A1),");
    expect(lines[2]).toContain(",'+1 retry,");
    expect(lines[1]?.startsWith('IT-000300,PF3ABC12,Lenovo,ThinkPad T14,laptop,high,S3Z9NB0K123456X,NVMe drive,Samsung,PM9A1,PROP-0042,512 GB,Purge,')).toBe(true);
  });
});
