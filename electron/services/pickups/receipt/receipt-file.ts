import type { Db } from '../../../../db/connection';
import type { PdfFile } from '../../../../shared/domain/sanitization/wipe-views';
import { DocksideError } from '../../../../shared/errors';
import type { PdfPrinter } from '../../wipes/certificates/pdf-printer';
import { readSettings } from '../../settings/settings-store';
import { getSession } from '../session-store';
import { sessionView } from '../session-view';
import { receiptHtml } from './receipt-template';

/** The receipt of a signed-off session as PDF bytes, from the station's printer. */
export async function receiptPdf(db: Db, sessionId: string, stationId: string, now: Date, printer: PdfPrinter | null): Promise<{ fileName: string; bytes: Uint8Array; lines: number }> {
  const row = getSession(db, sessionId);
  if (row.status !== 'signed-off') throw new DocksideError('PICKUP_NOT_SIGNED_OFF', `${row.reference} is not signed off`);
  if (printer === null) throw new DocksideError('PDF_UNAVAILABLE', 'No PDF printer is configured for this core');
  const view = sessionView(db, sessionId, 'verify');
  const head = db.prepare('SELECT hash FROM pickup_facts WHERE session_id = ? ORDER BY seq DESC LIMIT 1').get(sessionId) as { hash: string };
  const html = receiptHtml({ view, stationId, site: readSettings(db).site, factsHash: head.hash, printedAt: now.toISOString() });
  const bytes = await printer.print(html, { landscape: false });
  return { fileName: `chain-of-custody-receipt-${row.reference}.pdf`, bytes, lines: view.lines.length };
}

export async function receiptFile(db: Db, sessionId: string, stationId: string, now: Date, printer: PdfPrinter | null): Promise<PdfFile> {
  const { fileName, bytes, lines } = await receiptPdf(db, sessionId, stationId, now, printer);
  return { fileName, pdfBase64: Buffer.from(bytes).toString('base64'), devices: lines, media: 0 };
}
