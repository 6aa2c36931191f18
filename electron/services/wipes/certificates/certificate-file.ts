import type { PdfFile } from '../../../../shared/domain/sanitization/wipe-views';
import { DocksideError } from '../../../../shared/errors';
import type { CertificateData } from './certificate-data';
import { certificateHtml } from './certificate-template';
import type { PdfPrinter } from './pdf-printer';

const safe = (value: string): string => value.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);

function fileNameOf(data: CertificateData): string {
  if (data.scope.kind === 'batch') return `certificate-of-sanitization-${data.scope.period.from}-to-${data.scope.period.to}-${data.number}.pdf`;
  const asset = data.devices[0]?.asset;
  return `certificate-of-sanitization-${safe(asset?.assetTag ?? asset?.serial ?? 'device')}-${data.number}.pdf`;
}

/** The certificate rendered to PDF bytes by whichever printer the station has. */
export async function certificatePdf(data: CertificateData, printer: PdfPrinter | null): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (printer === null) throw new DocksideError('PDF_UNAVAILABLE', 'No PDF printer is configured for this core');
  const bytes = await printer.print(certificateHtml(data), { landscape: data.scope.kind === 'batch' });
  return { fileName: fileNameOf(data), bytes };
}

export async function certificateFile(data: CertificateData, printer: PdfPrinter | null): Promise<PdfFile> {
  const { fileName, bytes } = await certificatePdf(data, printer);
  return {
    fileName,
    pdfBase64: Buffer.from(bytes).toString('base64'),
    devices: data.devices.length,
    media: data.devices.reduce((n, d) => n + d.records.length, 0),
  };
}
