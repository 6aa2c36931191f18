import { describe, expect, it } from 'vitest';
import { receiptHtml } from '../../../electron/services/pickups/receipt/receipt-template';
import type { SessionView } from '../../../shared/domain/pickups/pickup-views';

const HOSTILE = '<img src=x onerror=alert(1)>"\'&';

function view(): SessionView {
  return {
    summary: {
      sessionId: 'S1',
      reference: 'PU-20261121-ABCDEF',
      vendorId: 'V1',
      vendorName: HOSTILE,
      createdAt: '2026-11-21T08:00:00.000Z',
      createdBy: 'SUP-1',
      status: 'signed-off',
      signedOffAt: '2026-11-21T09:00:00.000Z',
      signedOffBy: 'SUP-1',
      counters: { expected: 1, scanned: 1, matched: 1, missing: 0, unexpected: 0, substituted: 0, resolved: 0 },
      overrides: 0,
    },
    containers: [{ containerId: 'C1', kind: 'pallet', label: HOSTILE, seal: 'SEAL-1', openedAt: '2026-11-21T08:10:00.000Z', openedBy: 'SUP-1', items: 1 }],
    openContainerId: 'C1',
    lines: [
      {
        lineNo: 1,
        origin: 'staged',
        state: 'matched',
        assetId: 'A1',
        serial: 'SN1',
        assetTag: 'IT-1',
        make: 'Lenovo',
        model: HOSTILE,
        scannedValue: 'IT-1',
        scannedAt: '2026-11-21T08:20:00.000Z',
        scannedBy: 'SUP-1',
        containerLabel: HOSTILE,
        substitution: null,
        override: null,
        resolution: null,
      },
    ],
    signatures: [{ role: 'driver', name: HOSTILE, technicianId: null, company: 'Acme', vehicle: 'KX-1', at: '2026-11-21T08:50:00.000Z', png: 'iVBORw0KGgo="><script>alert(1)</script>' }],
    activity: [],
    factCount: 12,
    factsVerified: true,
  };
}

describe('the chain-of-custody receipt template', () => {
  it('escapes every value a vendor, driver or manifest could put in it, and keeps only base64 in an image source', () => {
    const html = receiptHtml({ view: view(), stationId: 'ST-1', site: 'Main site', factsHash: 'ab'.repeat(32), printedAt: '2026-11-21T10:00:00.000Z' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo=scriptalert1/script"');
    expect(html).toContain('Session facts 12');
    expect(html).toContain('every fact verifies against the station key');
  });
});
