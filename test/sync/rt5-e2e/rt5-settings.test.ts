import { describe, expect, it } from 'vitest';
import { rt5Settings } from '../../../electron/sync/connectors/rt5/rt5-settings';
import { connectorSettingsSchema, RT5_DEFAULTS } from '../../../shared/domain/sync-config';

describe("Request Tracker's own settings (the optional rt5 block)", () => {
  it('settings saved before the block existed still load, with RT\'s defaults', () => {
    const saved = JSON.parse('{"url":"https://rt.example.com","timeoutMs":15000,"maxBatch":1,"requestsPerMinute":null,"statusMap":{},"fieldMap":{},"conflictStatuses":[]}') as unknown;
    const settings = rt5Settings(connectorSettingsSchema.parse(saved));
    expect(settings).toMatchObject({
      restUrl: 'https://rt.example.com/REST/2.0',
      catalog: 'Dock Receiving',
      pickupQueue: 'ITAD Pickups',
      returnsQueue: 'Offboarding Returns',
      ticketKeyField: 'Dockside Key',
      timeZone: 'UTC',
      fields: RT5_DEFAULTS.fields,
      statusMap: RT5_DEFAULTS.statusMap,
      conflictStatuses: ['stolen', 'deleted'],
    });
  });

  it('names where RT keeps things, its time zone, more field mappings, and the fields the site has not got', () => {
    const settings = rt5Settings(
      connectorSettingsSchema.parse({
        url: 'https://rt.example.com/REST/2.0/',
        fieldMap: { custodian: 'Assigned To', lastNote: 'Dock Remarks', make: 'Manufacturer' },
        rt5: { catalog: 'Returns Dock', pickupQueue: 'Vendor Collections', returnsQueue: 'Leavers', ticketKeyField: 'Dock Key', timeZone: 'Europe/Berlin', notWritten: ['model', 'lastWipe'] },
      }),
    );
    expect(settings).toMatchObject({ restUrl: 'https://rt.example.com/REST/2.0', catalog: 'Returns Dock', pickupQueue: 'Vendor Collections', returnsQueue: 'Leavers', ticketKeyField: 'Dock Key', timeZone: 'Europe/Berlin' });
    expect(settings.fields).toEqual({ ...RT5_DEFAULTS.fields, custodian: 'Assigned To', lastNote: 'Dock Remarks', make: 'Manufacturer', model: null, lastWipe: null });
  });

  it('refuses in words what cannot work: an unknown time zone, an empty name, leaving out the marker, an unknown key', () => {
    const issues = (rt5: unknown) => {
      const parsed = connectorSettingsSchema.safeParse({ url: 'https://rt.example.com', rt5 });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ timeZone: 'Mars/Olympus' })).toEqual(['rt5.timeZone: Give a time zone name such as Europe/Berlin or UTC']);
    expect(issues({ catalog: '  ' })).toHaveLength(1);
    expect(issues({ notWritten: ['marker'] })).toHaveLength(1);
    expect(issues({ queue: 'General' })).toHaveLength(1);
    expect(issues({})).toEqual([]);
  });
});
