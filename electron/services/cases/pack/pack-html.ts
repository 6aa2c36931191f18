import type { CasePack } from './pack-format';

const escape = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const STYLE = `
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 12pt 0 4pt; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; word-break: break-all; }
.ok { color: #075; font-weight: bold; }
.bad { color: #a00; font-weight: bold; }`;

function verificationLine(pack: CasePack): string {
  const v = pack.verification;
  if (v.ok) return `<p class="ok">Chain verified: ${v.checked} signed records, every hash link and station signature intact.</p>`;
  return `<p class="bad">Chain verification FAILED after ${v.checked} records: ${escape(v.firstProblem?.reason ?? 'unknown problem')}</p>`;
}

/** The evidence pack as a printable document: the case, its assets, the account with hashes, and the verification. */
export function casePackHtml(pack: CasePack): string {
  const c = pack.case;
  const assets = pack.assets
    .map((a) => `<tr><td>${escape(a.label)}</td><td>${escape(a.assetClass)}</td><td>${escape(a.state)}</td><td>${a.events.length}</td></tr>`)
    .join('');
  const timeline = pack.timeline
    .map((t) => `<tr><td>${escape(t.at.replace('T', ' ').slice(0, 19))} UTC</td><td>${escape(t.asset ?? 'case')}</td><td>${escape(t.what)}</td><td>${escape(t.actor)}</td><td class="hash">${escape(t.hash)}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Evidence pack ${escape(c.caseNumber)}</title><style>${STYLE}</style></head><body>
<h1>Offboarding evidence pack: case ${escape(c.caseNumber)}</h1>
<p>${escape(c.employeeName)} (employee ${escape(c.employeeId)}), ${escape(c.employeeType)}, ${escape(c.location)}; manager ${escape(c.manager || '—')}.
Separation date ${escape(c.separationDate)}. Opened ${escape(c.openedAt)}; ${c.closedAt === null ? 'still open' : `closed ${escape(c.closedAt)}`}. Exported ${escape(pack.exportedAt)}.</p>
${verificationLine(pack)}
<h2>Assets</h2>
<table><thead><tr><th>Asset</th><th>Class</th><th>Standing</th><th>Custody events</th></tr></thead><tbody>${assets}</tbody></table>
<h2>Account: returns, messages, reclamations, wipes and sign-offs</h2>
<table><thead><tr><th>Time</th><th>Asset</th><th>What</th><th>By</th><th>Record hash (SHA-256)</th></tr></thead><tbody>${timeline}</tbody></table>
<h2>Stations</h2>
<p>${pack.stations.map((s) => escape(s.stationId)).join(', ')}: Ed25519 keys in the JSON pack. Check it offline with <code>dockside verify</code>.</p>
</body></html>`;
}
