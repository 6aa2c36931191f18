import bwipjs from 'bwip-js/node';
import type { KitContent } from '../../../../shared/domain/cases/kit-zpl';

const escape = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const STYLE = `
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; margin: 0; }
.page { page-break-after: always; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; margin-top: 8pt; }
th, td { border: 1px solid #999; padding: 3pt 5pt; text-align: left; }
.barcode { height: 70pt; margin: 8pt 0; }
.address { font-size: 14pt; margin: 10pt 0; }`;

async function barcode(caseNumber: string): Promise<string> {
  const png = await bwipjs.toBuffer({ bcid: 'code128', text: caseNumber, scale: 3, height: 14, includetext: true, textxalign: 'center' });
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The packing slip and the return label as one printable document, each with the case's Code 128 barcode. */
export async function kitHtml(kit: KitContent): Promise<string> {
  const code = await barcode(kit.caseNumber);
  const rows = kit.items
    .map((i) => `<tr><td>&#9744;</td><td>${escape(i.label)}</td><td>${escape(i.serial ?? '—')}</td><td>${escape(i.model)}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Return kit ${escape(kit.caseNumber)}</title><style>${STYLE}</style></head><body>
<div class="page">
<h1>Packing slip: case ${escape(kit.caseNumber)}</h1>
<p>${escape(kit.employeeName || kit.employeeId)} (employee ${escape(kit.employeeId)}). Please pack every item below, tick it, and seal the box.</p>
<img class="barcode" src="${code}" alt="${escape(kit.caseNumber)}">
<table><thead><tr><th></th><th>Asset</th><th>Serial</th><th>Model</th></tr></thead><tbody>${rows}</tbody></table>
</div>
<div class="page">
<h1>Return label</h1>
<p class="address">From: ${escape(kit.shipFrom)}</p>
<p class="address"><strong>To: ${escape(kit.returnTo)}</strong></p>
<img class="barcode" src="${code}" alt="${escape(kit.caseNumber)}">
<p>Case ${escape(kit.caseNumber)}: the dock scans this barcode to open the list of what the box holds.</p>
</div>
</body></html>`;
}
