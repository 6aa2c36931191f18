import { createServer, type Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, type ClosablePrinter } from '../../../electron/cli/chromium-pdf-printer';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { csvFile, HRIS_HEADER, inventory } from '../../support/cases/case-station';
import { readPdf, squeeze } from '../../support/wipes/pdf-text';

/** A stand-in for a Zebra printer's raw port: a TCP listener on 127.0.0.1 that keeps every byte it is sent. */
async function fakePrinter(): Promise<{ server: Server; port: number; received: () => Promise<string> }> {
  const chunks: Buffer[] = [];
  let done: (text: string) => void = () => undefined;
  const finished = new Promise<string>((resolve) => {
    done = resolve;
  });
  const server = createServer((socket) => {
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => done(Buffer.concat(chunks).toString('latin1')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, received: () => finished };
}

async function remoteCase(f: CoreFixture): Promise<string> {
  await inventory(f, [
    { assetTag: 'IT-000701', serial: 'KIT701', model: 'MacBook Air', assetClass: 'laptop' },
    { assetTag: 'IT-000702', serial: 'KIT702', model: 'YubiKey 5', assetClass: 'usb-token' },
  ]);
  await f.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-700,Zoë ^XZ~JA Park,Meg,full-time,remote,"12 Rue ^FD Haute, Lyon",2026-11-05,yes,IT-000701;IT-000702,']));
  const page = await f.call('cases.list', { filter: 'open', offset: 0, limit: 5 });
  return page.rows[0]?.caseId ?? '';
}

describe('the return kit for remote staff', () => {
  let printer: ClosablePrinter;
  let f: CoreFixture | null = null;
  beforeAll(() => {
    printer = chromiumPdfPrinter();
  });
  afterEach(() => {
    if (f !== null) removeFixture(f);
    f = null;
  });
  afterAll(async () => {
    await printer.close();
  });

  it('sends the packing slip and return label as ZPL to a printer port: case barcode (Code 128 and QR), every serial, no injected commands', async () => {
    f = await signedInFixture();
    const caseId = await remoteCase(f);
    const zebra = await fakePrinter();
    try {
      const printed = await f.call('cases.printKit', { caseId, host: '127.0.0.1', port: zebra.port });
      const zpl = await zebra.received();
      expect(printed.bytes).toBe(zpl.length);
      expect(zpl.match(/\^XA/g)?.length).toBe(2);
      expect(zpl.match(/\^XZ/g)?.length).toBe(2);
      expect(zpl).toContain('^BCN,120,Y,N,N^FDRET-000001^FS');
      expect(zpl).toContain('^BQN,2,6^FDQA,RET-000001^FS');
      expect(zpl).toContain('^FD[ ] IT-000701 SN KIT701 MacBook Air^FS');
      expect(zpl).toContain('^FD[ ] IT-000702 SN KIT702 YubiKey 5^FS');
      // The employee's name and address reach the label as text, never as printer commands.
      expect(zpl).toContain('^FDZoe  XZ JA Park (E-700)^FS');
      expect(zpl).toContain('12 Rue  FD Haute, Lyon');
    } finally {
      zebra.server.close();
    }
    expect(expectFailure(await f.core.invoke('cases.printKit', { caseId, host: '127.0.0.1', port: 1 }))).toBe('INVALID_INPUT');
  });

  it('a printer that is not there is reported in words, and the PDF kit carries the same case, serials and barcode', async () => {
    f = await signedInFixture({ pdf: printer });
    const caseId = await remoteCase(f);
    const closed = await fakePrinter();
    const port = closed.port;
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    expect(expectFailure(await f.core.invoke('cases.printKit', { caseId, host: '127.0.0.1', port }))).toBe('PRINTER_UNREACHABLE');

    const pdf = await f.call('cases.kitPdf', { caseId });
    const { text, pages } = readPdf(Buffer.from(pdf.pdfBase64, 'base64'));
    expect(pages).toBe(2);
    const words = squeeze(text);
    expect(words).toContain('Packing slip: case RET-000001');
    expect(words).toContain('IT-000701 KIT701 MacBook Air');
    expect(words).toContain('Return label');
    const detail = await f.call('cases.recordShipment', { caseId, carrier: 'DHL', trackingNumber: 'JD0146 0000 1234' });
    expect(detail.shipments).toMatchObject([{ carrier: 'DHL', trackingNumber: 'JD0146 0000 1234', by: 'SUP-1' }]);
    const pack = JSON.parse((await f.call('cases.exportPack', { caseId })).content) as { timeline: { what: string }[] };
    expect(pack.timeline.map((t) => t.what)).toContain('Return kit shipped with DHL, tracking JD0146 0000 1234');
  });
});
