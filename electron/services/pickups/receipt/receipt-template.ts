import type { SessionView, SignatureView } from '../../../../shared/domain/pickups/pickup-views';

/**
 * The chain-of-custody receipt of one signed-off pickup: serial-level lines, containers and seals,
 * discrepancies and how each was resolved, signatures with their drawn images, and times. Plain HTML and
 * CSS, no script; every value is escaped and the only images are the signatures' own PNG data.
 */

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const text = (value: string | null | undefined): string => (value === null || value === undefined || value.trim() === '' ? '—' : escape(value));
const utc = (iso: string | null): string => (iso === null ? '—' : `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`);

const STYLE = `
  @page { size: A4 portrait; margin: 12mm 10mm; }
  body { font: 9pt/1.35 'DejaVu Sans', Arial, sans-serif; color: #111; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 2mm; }
  h2 { font-size: 11pt; margin: 5mm 0 1.5mm; border-bottom: 1.5pt solid #111; padding-bottom: 0.8mm; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.6pt solid #777; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; }
  th { background: #eee; }
  table.lines { font-size: 7.5pt; }
  tr { page-break-inside: avoid; }
  .sig { display: inline-block; width: 31%; margin-right: 2%; vertical-align: top; page-break-inside: avoid; }
  .sig img { width: 100%; height: 24mm; object-fit: contain; border: 0.6pt solid #777; }
  .mono { font: 7pt/1.4 'DejaVu Sans Mono', monospace; }
`;

export interface ReceiptData {
  readonly view: SessionView;
  readonly stationId: string;
  readonly site: string;
  readonly factsHash: string;
  readonly printedAt: string;
}

const LINE_STATE_WORDS: Readonly<Record<string, string>> = {
  matched: 'Matched',
  resolved: 'Resolved',
  missing: 'Missing',
  unexpected: 'Unexpected',
  substituted: 'Substituted',
};

function signatureBlock(s: SignatureView): string {
  const who =
    s.role === 'driver'
      ? `Driver: ${text(s.name)}<br>Company: ${text(s.company)}<br>Vehicle: ${text(s.vehicle)}`
      : `${s.role === 'technician' ? 'Technician' : 'Supervisor sign-off'}: ${text(s.name)} (${text(s.technicianId)})`;
  const image = s.png === null ? '<p>Signed with PIN</p>' : `<img alt="signature" src="data:image/png;base64,${s.png.replace(/[^A-Za-z0-9+/=]/g, '')}">`;
  return `<div class="sig">${image}<p>${who}<br>Signed ${utc(s.at)}</p></div>`;
}

export function receiptHtml(data: ReceiptData): string {
  const { summary, containers, lines, signatures } = data.view;
  const c = summary.counters;
  const lineRows = lines
    .map((l) => {
      const notes = [
        ...(l.substitution ?? []),
        l.override === null ? '' : `Refusal overridden by supervisor ${l.override.by}: ${l.override.reason}`,
        l.resolution === null ? '' : `${l.resolution.kind} (${l.resolution.by}): ${l.resolution.reason}`,
      ].filter((n) => n !== '');
      return `<tr><td>${l.lineNo}</td><td>${text(l.serial)}</td><td>${text(l.assetTag)}</td><td>${text(`${l.make} ${l.model}`)}</td><td>${text(l.containerLabel)}</td><td>${utc(l.scannedAt)}</td><td>${escape(LINE_STATE_WORDS[l.state] ?? l.state)}</td><td>${notes.map(escape).join('<br>') || '—'}</td></tr>`;
    })
    .join('');
  const containerRows = containers
    .map((k) => `<tr><td>${escape(k.kind === 'pallet' ? 'Pallet' : 'Box')}</td><td>${text(k.label)}</td><td>${text(k.seal)}</td><td>${k.items}</td><td>${utc(k.openedAt)}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Chain-of-custody receipt ${escape(summary.reference)}</title><style>${STYLE}</style></head><body>
<h1>Chain-of-custody receipt</h1>
<table>
<tr><th>Pickup</th><td>${escape(summary.reference)}</td><th>Vendor</th><td>${text(summary.vendorName)}</td></tr>
<tr><th>Opened</th><td>${utc(summary.createdAt)} by ${text(summary.createdBy)}</td><th>Signed off</th><td>${utc(summary.signedOffAt)} by ${text(summary.signedOffBy)}</td></tr>
<tr><th>Site</th><td>${text(data.site)}</td><th>Station</th><td>${text(data.stationId)}</td></tr>
<tr><th>Counts</th><td colspan="3">Expected ${c.expected} · Scanned ${c.scanned} · Matched ${c.matched} · Resolved ${c.resolved} · Open discrepancies ${c.missing + c.unexpected + c.substituted}</td></tr>
</table>
<h2>Containers and seals</h2>
<table><tr><th>Kind</th><th>Label</th><th>Seal number</th><th>Items</th><th>Opened</th></tr>${containerRows || '<tr><td colspan="5">—</td></tr>'}</table>
<h2>Devices (${lines.length} lines)</h2>
<table class="lines"><tr><th>#</th><th>Serial</th><th>Asset tag</th><th>Make and model</th><th>Container</th><th>Scanned</th><th>State</th><th>Discrepancy and resolution</th></tr>${lineRows}</table>
<h2>Signatures</h2>
${signatures.map(signatureBlock).join('')}
<h2>Integrity</h2>
<p class="mono">Session facts ${data.view.factCount}, chain head ${escape(data.factsHash)}; ${data.view.factsVerified === true ? 'every fact verifies against the station key' : 'THE SESSION RECORD DOES NOT VERIFY'}. Printed ${utc(data.printedAt)}.</p>
</body></html>`;
}
