import { MEDIA_TYPE_WORDS, DESTINATION_WORDS, LEVEL_WORDS, STANDARD_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { StoredRecord } from '../store/record-store';
import type { CertificateData, CertifiedDevice, Person } from './certificate-data';

/**
 * The one certificate-of-sanitization template (NIST SP 800-88 Rev. 1, Appendix G), for one device or a
 * batch. Plain HTML and CSS, no script, printed to PDF by Electron in the app and by Chromium in the CLI.
 * Every value is escaped.
 */

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const text = (value: string | null | undefined): string => (value === null || value === undefined || value.trim() === '' ? '—' : escape(value));

const utc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

const STYLE = `
  @page { size: A4 var(--orientation); margin: 14mm 12mm; }
  body { font: 9.5pt/1.35 'DejaVu Sans', Arial, sans-serif; color: #111; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 2mm; }
  h2 { font-size: 11pt; margin: 5mm 0 1.5mm; border-bottom: 1.5pt solid #111; padding-bottom: 0.8mm; }
  h3 { font-size: 10pt; margin: 4mm 0 1mm; }
  .sub { color: #333; margin: 0 0 3mm; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.6pt solid #777; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
  th { background: #eee; font-weight: 700; }
  table.form th { width: 38%; }
  table.list { font-size: 7.5pt; }
  table.list th, table.list td { padding: 0.8mm 1mm; }
  td.id { white-space: nowrap; }
  tr { page-break-inside: avoid; }
  .medium { page-break-inside: avoid; }
  .hashes { font: 7pt/1.4 'DejaVu Sans Mono', monospace; }
  .hashes p { margin: 0; }
  .attest { margin: 2mm 0; font-style: italic; }
  .blank { display: inline-block; min-width: 60mm; border-bottom: 0.6pt solid #111; }
`;

function row(label: string, value: string): string {
  return `<tr><th>${escape(label)}</th><td>${value}</td></tr>`;
}

function personName(people: ReadonlyMap<string, Person>, technicianId: string, fallback: string | null): string {
  const person = people.get(technicianId);
  return `${escape(person?.name ?? fallback ?? technicianId)} (${escape(technicianId)})`;
}

function personBlock(data: CertificateData, technicianIds: readonly string[]): string {
  const rows = technicianIds.map((id) => {
    const person = data.people.get(id);
    return `<tr><td>${personName(data.people, id, null)}</td><td>${text(person?.role)}</td><td>${text(data.issuer.organisation)}</td><td>${text(data.issuer.location)}</td><td>${text(data.issuer.phone)}</td></tr>`;
  });
  return `<h2>Person performing sanitization</h2>
  <table><tr><th>Name</th><th>Title</th><th>Organization</th><th>Location</th><th>Phone</th></tr>${rows.join('')}</table>`;
}

const method = (r: StoredRecord): string => `${escape(TECHNIQUE_WORDS[r.payload.technique])}, ${escape(STANDARD_WORDS[r.payload.standard])}`;
const tool = (r: StoredRecord): string => `${escape(r.payload.tool)} ${escape(r.payload.toolVersion)}`.trim();

function mediumForm(device: CertifiedDevice, r: StoredRecord, index: number, data: CertificateData): string {
  const m = r.payload.medium;
  const host = device.asset;
  return `<div class="medium">
  <h3>Medium ${index + 1} of ${device.records.length}</h3>
  <table class="form">
    ${row('Media make / vendor', text(m.make))}
    ${row('Media model', text(m.model))}
    ${row('Media serial number', text(m.serial))}
    ${row('Media property number', text(m.propertyNumber))}
    ${row('Media type', escape(MEDIA_TYPE_WORDS[m.mediaType]) + (m.capacity === null ? '' : `, ${escape(m.capacity)}`))}
    ${row('Source (host)', `${text(host.assetTag)} · serial ${text(host.serial)} · ${text(`${host.make} ${host.model}`)}`)}
    ${row('Classification', host.sensitivity === 'high' ? 'High sensitivity (financial, health or legal data)' : 'Standard')}
    ${row('Method type (level)', escape(LEVEL_WORDS[r.payload.level]))}
    ${row('Method used', method(r))}
    ${row('Method details', text(r.payload.methodDetails))}
    ${row('Tool used (and version)', tool(r))}
    ${row('Verification method', escape(VERIFICATION_WORDS[r.payload.verification]))}
    ${row('Result', r.payload.result === 'pass' ? 'Pass' : 'Fail')}
    ${row('Started / finished', `${utc(r.payload.startedAt)} / ${utc(r.payload.finishedAt)}`)}
    ${row('Post-sanitization classification', text(r.payload.classification))}
    ${row('Media destination', escape(DESTINATION_WORDS[r.payload.destination]))}
    ${row('Notes', text(r.payload.notes))}
    ${row('Sanitized by', `${personName(data.people, r.technicianId, r.technicianName)}, ${utc(r.payload.finishedAt)}`)}
  </table></div>`;
}

function signatureBlock(data: CertificateData, device: CertifiedDevice | null): string {
  const records = device === null ? data.devices.flatMap((d) => d.records) : device.records;
  const last = records.reduce((latest, r) => (r.payload.finishedAt > latest ? r.payload.finishedAt : latest), '');
  const signers = [...new Set(records.map((r) => r.technicianId))].map((id) => personName(data.people, id, null));
  return `<h2>Signature</h2>
  <p class="attest">I attest that the information provided on this statement is accurate to the best of my knowledge.</p>
  <table class="form">
    ${row('Signature', `Recorded electronically by ${signers.join(', ')}: each record is a custody event signed by station ${data.stationIds.map(escape).join(', ')} (Ed25519), listed below.`)}
    ${row('Date', escape(last.slice(0, 10)))}
    ${row('Handwritten signature', '<span class="blank">&nbsp;</span>')}
  </table>`;
}

function validationBlock(data: CertificateData, device: CertifiedDevice | null): string {
  const records = device === null ? data.devices.flatMap((d) => d.records) : device.records;
  const validations = records.flatMap((r) => (r.validation === null ? [] : [r.validation]));
  const byPerson = [...new Map(validations.map((v) => [v.technicianId, v])).values()];
  const rows = byPerson.map((v) => {
    const person = data.people.get(v.technicianId);
    return `<tr><td>${personName(data.people, v.technicianId, v.name)}</td><td>${text(person?.role)}</td><td>${text(data.issuer.organisation)}</td><td>${escape(utc(v.at))}</td></tr>`;
  });
  const pending = records.length - validations.length;
  return `<h2>Validation</h2>
  <table><tr><th>Name</th><th>Title</th><th>Organization</th><th>Date</th></tr>${rows.join('')}
  ${pending === 0 ? '' : `<tr><td colspan="4">${pending} of ${records.length} record(s) needed no second-person validation under the policy. Validated by (name, signature, date): <span class="blank">&nbsp;</span></td></tr>`}
  </table>`;
}

function evidence(records: readonly { label: string; record: StoredRecord }[]): string {
  const lines = records.flatMap(({ label, record }) => [
    `<p>${escape(label)} · wipe record event ${escape(record.eventHash)}</p>`,
    ...(record.validation === null || record.validation.eventId === record.eventId ? [] : [`<p>${escape(label)} · validation event ${escape(record.validation.eventHash)}</p>`]),
  ]);
  return `<h2>Custody evidence</h2>
  <p>Each line is the SHA-256 hash of a signed custody event in the station's hash-chained log; <code>dockside verify</code> checks them offline.</p>
  <div class="hashes">${lines.join('')}</div>`;
}

function deviceBody(data: CertificateData, device: CertifiedDevice): string {
  const a = device.asset;
  return `${personBlock(data, [...new Set(device.records.map((r) => r.technicianId))])}
  <h2>Media information and sanitization details</h2>
  <p>Host ${text(a.assetTag)} (serial ${text(a.serial)}, ${text(`${a.make} ${a.model}`)}), received ${escape(utc(device.receivedAt))}; policy requires ${escape(LEVEL_WORDS[device.requirement.level])}.</p>
  ${device.records.map((r, i) => mediumForm(device, r, i, data)).join('')}
  ${signatureBlock(data, device)}
  ${validationBlock(data, device)}
  ${evidence(device.records.map((r, i) => ({ label: `Medium ${i + 1} (${r.payload.medium.serial ?? 'no serial'})`, record: r })))}`;
}

function batchBody(data: CertificateData): string {
  const rows = data.devices.flatMap((d) => d.records.map((r) => ({ d, r })));
  const table = rows.map(({ d, r }, i) => {
    const m = r.payload.medium;
    return `<tr><td>${i + 1}</td><td class="id">${text(d.asset.assetTag ?? d.asset.serial)}</td><td>${text(`${m.make} ${m.model}`)}</td><td class="id">${text(m.serial)}</td><td>${escape(MEDIA_TYPE_WORDS[m.mediaType])}</td><td>${text(m.propertyNumber)}</td><td>${escape(LEVEL_WORDS[r.payload.level])}</td><td>${method(r)}</td><td>${tool(r)}</td><td>${escape(VERIFICATION_WORDS[r.payload.verification])}</td><td>${text(r.payload.classification)}</td><td>${escape(DESTINATION_WORDS[r.payload.destination])}</td><td>${escape(r.payload.finishedAt.slice(0, 10))}</td><td>${escape(r.technicianId)}</td><td>${text(r.validation?.technicianId)}</td></tr>`;
  });
  return `${personBlock(data, [...new Set(rows.map(({ r }) => r.technicianId))])}
  <h2>Media information and sanitization details</h2>
  <table class="list"><tr><th>#</th><th>Source host</th><th>Media make / model</th><th>Media serial</th><th>Media type</th><th>Property no.</th><th>Level</th><th>Method used</th><th>Tool and version</th><th>Verification</th><th>Post-sanitization classification</th><th>Destination</th><th>Finished</th><th>Sanitized by</th><th>Validated by</th></tr>${table.join('')}</table>
  ${signatureBlock(data, null)}
  ${validationBlock(data, null)}
  ${evidence(rows.map(({ r }, i) => ({ label: `#${i + 1}`, record: r })))}`;
}

export function certificateHtml(data: CertificateData): string {
  const device = data.scope.kind === 'device' ? data.devices[0] : undefined;
  const media = data.devices.reduce((n, d) => n + d.records.length, 0);
  const subtitle =
    data.scope.kind === 'batch'
      ? `Batch: ${data.devices.length} device(s), ${media} medium/media, wipes finished ${escape(data.scope.period.from)} to ${escape(data.scope.period.to)}`
      : `Device ${text(device?.asset.assetTag ?? device?.asset.serial ?? null)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Certificate of Sanitization ${escape(data.number)}</title>
<style>${STYLE.replace('var(--orientation)', data.scope.kind === 'batch' ? 'landscape' : 'portrait')}</style></head>
<body>
<h1>Certificate of Sanitization</h1>
<p class="sub">${escape(data.number)} · ${subtitle} · issued ${escape(utc(data.issuedAt))} by ${text(data.issuer.organisation)} · NIST SP 800-88 Rev. 1, Appendix G</p>
${device === undefined ? batchBody(data) : deviceBody(data, device)}
</body></html>`;
}
