import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import type { Session } from '../../../shared/domain/users';
import { assetHandlers } from '../assets/asset-handlers';
import type { CoreEnv } from '../handler-types';
import { receivingHandlers } from '../receiving/receiving-handlers';

interface DemoAsset {
  readonly tag: string;
  readonly serial: string;
  readonly make: string;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly custodian: string;
}

const PEOPLE = ['Ana Lima', 'Ben Okafor', 'Chen Wei', 'Dana Kowalski', 'Eli Navarro', 'Farah Haddad', 'Gus Peterson', 'Hana Sato'];
const MODELS: ReadonlyArray<readonly [string, string, AssetClass]> = [
  ['Dell', 'Latitude 7440', 'laptop'],
  ['Lenovo', 'ThinkPad T14 Gen 4', 'laptop'],
  ['Apple', 'MacBook Pro 14 M3', 'laptop'],
  ['HP', 'EliteDesk 800 G9', 'desktop'],
  ['Apple', 'iPhone 15', 'phone'],
  ['Samsung', 'Galaxy Tab S9', 'tablet'],
  ['Dell', 'P2723QE', 'monitor'],
  ['Yubico', 'YubiKey 5 NFC', 'usb-token'],
];

/** A realistic handful of returned devices, so a newcomer sees something real on first run. */
export function demoAssets(): DemoAsset[] {
  return Array.from({ length: 24 }, (_, i) => {
    const [make, model, assetClass] = MODELS[i % MODELS.length] ?? ['Dell', 'Latitude 7440', 'laptop'];
    return {
      tag: `IT-${String(10_001 + i).padStart(6, '0')}`,
      serial: `${make.slice(0, 2).toUpperCase()}${(7_340_000 + i * 7919).toString(36).toUpperCase()}`,
      make,
      model,
      assetClass,
      sensitivity: i % 5 === 0 ? 'high' : 'standard',
      custodian: PEOPLE[i % PEOPLE.length] ?? 'Ana Lima',
    };
  });
}

/** Registers the demo devices and receives the first few, graded, through the same handlers a technician uses. */
export function seedDemoData(env: CoreEnv, session: Session): void {
  const assets = assetHandlers(env);
  const receiving = receivingHandlers(env);
  const ctx = { session };
  env.db.transaction(() => {
    const registered = demoAssets().map((a) =>
      assets['assets.register'](
        { assetTag: a.tag, serial: a.serial, make: a.make, model: a.model, assetClass: a.assetClass, sensitivity: a.sensitivity, custodian: a.custodian },
        ctx,
      ),
    );
    const batch = receiving['receiving.startBatch']({}, ctx);
    for (const asset of registered.slice(0, 6)) {
      receiving['receiving.receive'](
        {
          batchId: batch.batchId,
          assetId: asset.id,
          source: 'wedge',
          scanned: asset.assetTag ?? '',
          condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' },
          damage: [],
          accessories: ['CHARGER'],
          note: '',
        },
        ctx,
      );
    }
  })();
}
