import { describe, expect, it } from 'vitest';
import type { Decoder } from '../../../shared/decoding/decoder';
import { nodeWasmLoader } from '../../../shared/decoding/node-decoders';
import { createZxingJsDecoder } from '../../../shared/decoding/zxing-js-decoder';
import { createZxingWasmDecoder } from '../../../shared/decoding/zxing-wasm-decoder';
import { readScan, DEFAULT_ASSET_TAG_PATTERN } from '../../../shared/domain/scan';
import { composeFrame } from '../../support/frames/compose-frame';
import { renderCode, type LabelKind } from '../../support/frames/render-code';

const CASES: readonly { kind: LabelKind; text: string; symbology: string; read: string }[] = [
  { kind: 'code128', text: 'IT-001234', symbology: 'code-128', read: 'IT-001234' },
  { kind: 'code39', text: 'PF3ABC12', symbology: 'code-39', read: 'PF3ABC12' },
  { kind: 'qrcode', text: 'C02XK1LMNP', symbology: 'qr', read: 'C02XK1LMNP' },
  { kind: 'datamatrix', text: 'SN-5CG1234', symbology: 'data-matrix', read: 'SN-5CG1234' },
  { kind: 'ean13', text: '9780201379624', symbology: 'ean-13', read: '9780201379624' },
  { kind: 'upca', text: '036000291452', symbology: 'upc-a', read: '036000291452' },
  { kind: 'pdf417', text: 'SN5CG1234XYZ', symbology: 'pdf417', read: 'SN5CG1234XYZ' },
  { kind: 'gs1-128', text: '(01)09506000134352(21)SN12345', symbology: 'code-128', read: '(01)09506000134352(21)SN12345' },
  { kind: 'gs1datamatrix', text: '(01)09506000134352(21)SN12345', symbology: 'data-matrix', read: '(01)09506000134352(21)SN12345' },
];

const TAGS = new RegExp(DEFAULT_ASSET_TAG_PATTERN, 'u');

async function frameOf(kind: LabelKind, text: string, module = 2, angleDeg = 0) {
  return composeFrame(640, 480, [{ code: await renderCode(kind, text), module, cx: 0.5, cy: 0.5, angleDeg }]);
}

const DECODERS: readonly [string, () => Decoder][] = [
  ['zxing-wasm', () => createZxingWasmDecoder(nodeWasmLoader)],
  ['zxing-js', () => createZxingJsDecoder()],
];

describe.each(DECODERS)('the %s decoder on generated camera frames', (_name, make) => {
  const decoder = make();

  it.each(CASES)('reads $kind as $symbology with its text', async ({ kind, text, symbology, read }) => {
    const codes = await decoder.decode(await frameOf(kind, text));
    expect(codes.map((c) => [c.text, c.symbology])).toEqual([[read, symbology]]);
    expect(codes[0]?.corners.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a GS1 label\u2019s serial and GTIN to the scan reader', async () => {
    const [code] = await decoder.decode(await frameOf('gs1-128', '(01)09506000134352(21)SN12345'));
    expect(code?.gs1).toBe(true);
    expect(readScan(code?.text ?? '', TAGS)).toEqual({ ok: true, reading: { kind: 'gs1', value: 'SN12345', serial: 'SN12345', gtin: '09506000134352' } });
  });

  it('finds nothing in a frame with no code', async () => {
    expect(await decoder.decode(composeFrame(640, 480, []))).toEqual([]);
  });

  it('reads only inside the region of interest, and reports corners in the whole frame', async () => {
    const frame = composeFrame(640, 480, [{ code: await renderCode('qrcode', 'IT-004321'), module: 3, cx: 0.75, cy: 0.5, angleDeg: 0 }]);
    expect(await decoder.decode(frame, { x: 0, y: 0, width: 320, height: 480 })).toEqual([]);
    const [code] = await decoder.decode(frame, { x: 320, y: 0, width: 320, height: 480 });
    expect(code?.text).toBe('IT-004321');
    for (const corner of code?.corners ?? []) expect(corner.x).toBeGreaterThan(400);
  });

  it('reads two labels side by side in one frame (a serial label and an asset tag)', async () => {
    const frame = composeFrame(1280, 720, [
      { code: await renderCode('code128', 'IT-001234'), module: 3, cx: 0.28, cy: 0.5, angleDeg: 0 },
      { code: await renderCode('qrcode', 'PF3ABC12'), module: 4, cx: 0.75, cy: 0.5, angleDeg: 0 },
    ]);
    const texts = (await decoder.decode(frame)).map((c) => c.text).sort();
    expect(texts).toEqual(['IT-001234', 'PF3ABC12']);
  });
});

describe('the zxing-wasm decoder in harder frames', () => {
  const decoder = createZxingWasmDecoder(nodeWasmLoader);

  it('reads a rotated QR code and a small-module Code 128 (1.5 px per module)', async () => {
    expect((await decoder.decode(await frameOf('qrcode', 'IT-009999', 3, 30))).map((c) => c.text)).toEqual(['IT-009999']);
    expect((await decoder.decode(await frameOf('code128', 'IT-001234', 1.5))).map((c) => c.text)).toEqual(['IT-001234']);
  });

  it('finds a Data Matrix away from the centre beside a Code 128 (@zxing/library only looks for Data Matrix at the centre)', async () => {
    const frame = composeFrame(1280, 720, [
      { code: await renderCode('code128', 'IT-001234'), module: 2, cx: 0.28, cy: 0.5, angleDeg: 0 },
      { code: await renderCode('datamatrix', 'PF3ABC12'), module: 4, cx: 0.75, cy: 0.5, angleDeg: 10 },
    ]);
    expect((await decoder.decode(frame)).map((c) => c.text).sort()).toEqual(['IT-001234', 'PF3ABC12']);
  });
});
