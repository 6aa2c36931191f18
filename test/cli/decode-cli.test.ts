import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeFrame } from '../support/frames/compose-frame';
import { greyJpeg, greyPng } from '../support/frames/image-files';
import { renderCode } from '../support/frames/render-code';
import { jsonOf, runDockside } from './support/run-dockside';

interface DecodeJson {
  ok: boolean;
  decoder: string;
  files: { file: string; ok: boolean; problem?: string; codes?: { text: string; symbology: string; gs1: { gtin: string; serial: string } | null }[] }[];
}

describe('dockside decode', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-decode-'));
    const twoLabels = composeFrame(1280, 720, [
      { code: await renderCode('code128', 'IT-001234'), module: 3, cx: 0.28, cy: 0.5, angleDeg: 0 },
      { code: await renderCode('qrcode', 'PF3ABC12'), module: 4, cx: 0.75, cy: 0.5, angleDeg: 0 },
    ]);
    writeFileSync(at('two-labels.png'), greyPng(twoLabels));
    const gs1 = composeFrame(640, 480, [{ code: await renderCode('gs1datamatrix', '(01)09506000134352(21)SN12345'), module: 4, cx: 0.5, cy: 0.5, angleDeg: 0 }]);
    writeFileSync(at('gs1-photo.jpg'), greyJpeg(gs1));
    writeFileSync(at('blank.png'), greyPng(composeFrame(320, 240, [])));
    writeFileSync(at('notes.png'), 'this is text, not a picture');
    writeFileSync(at('cut.png'), greyPng(twoLabels).subarray(0, 400));
    const claimsHuge = greyPng(composeFrame(320, 240, []));
    claimsHuge.writeUInt32BE(60_000, 16);
    claimsHuge.writeUInt32BE(60_000, 20);
    writeFileSync(at('claims-huge.png'), claimsHuge);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads two labels in one PNG and a GS1 Data Matrix in a JPEG, with each decoder', () => {
    for (const decoder of ['zxing-wasm', 'zxing-js']) {
      const run = runDockside(['decode', at('two-labels.png'), at('gs1-photo.jpg'), '--decoder', decoder, '--json']);
      expect(run.status).toBe(0);
      const report = jsonOf<DecodeJson>(run);
      expect(report.decoder).toBe(decoder);
      expect(report.files[0]?.codes?.map((c) => [c.symbology, c.text]).sort()).toEqual([
        ['Code 128', 'IT-001234'],
        ['QR code', 'PF3ABC12'],
      ]);
      expect(report.files[1]?.codes).toEqual([expect.objectContaining({ symbology: 'Data Matrix', gs1: { gtin: '09506000134352', serial: 'SN12345' } })]);
    }
  });

  it('prints each code in words by default (zxing-wasm)', () => {
    const run = runDockside(['decode', at('two-labels.png')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('zxing-wasm');
    expect(run.stdout).toContain('2 codes');
    expect(run.stdout).toContain('  Code 128: IT-001234');
  });

  it('says when a picture holds no barcode (exit 1), and explains files that are not pictures or are cut short (exit 2)', () => {
    const blank = runDockside(['decode', at('blank.png')]);
    expect(blank.status).toBe(1);
    expect(blank.stdout).toContain('no barcode found');
    const bad = runDockside(['decode', at('notes.png'), at('cut.png'), at('missing.png'), at('blank.png'), '--json']);
    expect(bad.status).toBe(2);
    const problems = jsonOf<DecodeJson>(bad).files.map((f) => f.problem ?? 'read');
    expect(problems).toEqual(['This is not a PNG or JPEG picture.', expect.stringContaining('damaged or cut short'), 'There is no such file.', 'read']);
  });

  it('refuses a small PNG that claims a huge picture from its header, before inflating it', () => {
    const run = runDockside(['decode', at('claims-huge.png'), '--json']);
    expect(run.status).toBe(2);
    expect(jsonOf<DecodeJson>(run).files[0]?.problem).toBe('The picture is larger than 50 megapixels.');
  });

  it('is listed in dockside help with its options', () => {
    expect(runDockside(['help']).stdout).toContain('dockside decode FILE... [--decoder zxing-wasm|zxing-js] [--json]');
  });

  it('refuses an unknown decoder and a call without files, with exit status 2', () => {
    const unknown = runDockside(['decode', at('blank.png'), '--decoder', 'magic']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown decoder "magic"');
    const none = runDockside(['decode']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name at least one picture');
  });
});
