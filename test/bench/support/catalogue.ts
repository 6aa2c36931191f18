import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import type { Role } from '../../../shared/domain/users';
import type { Prng } from '../../support/prng';

/** The supervisor the benchmarks sign in as. A bench-only account on a generated file, not a real secret. */
export const BENCH_SUPERVISOR = { technicianId: 'SUP-1', name: 'Sam Supervisor', pin: '4321' } as const;

export const BENCH_TECHNICIANS: ReadonlyArray<{ readonly technicianId: string; readonly name: string; readonly role: Role }> = [
  { technicianId: BENCH_SUPERVISOR.technicianId, name: BENCH_SUPERVISOR.name, role: 'supervisor' },
  { technicianId: 'SUP-2', name: 'Rita Moreno', role: 'supervisor' },
  ...['Ana Lima', 'Ben Okafor', 'Chen Wei', 'Dana Kowalski', 'Eli Navarro', 'Farah Haddad', 'Gus Peterson', 'Hana Sato'].map((name, i) => ({
    technicianId: `TECH-${String(i + 1).padStart(2, '0')}`,
    name,
    role: 'technician' as const,
  })),
];

const FIRST = ['Alex', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Gray', 'Harper', 'Indra', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Riley', 'Sasha', 'Taylor', 'Uma', 'Val', 'Wren', 'Yuki'];
const LAST = ['Abbott', 'Brennan', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hoffmann', 'Ivanova', 'Jansen', 'Kim', 'Larsen', 'Mendes', 'Nakamura', 'Owusu', 'Petrov', 'Quispe', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Zhou'];

const MODELS: ReadonlyArray<readonly [string, string, AssetClass]> = [
  ['Dell', 'Latitude 7440', 'laptop'],
  ['Lenovo', 'ThinkPad T14 Gen 4', 'laptop'],
  ['Apple', 'MacBook Pro 14 M3', 'laptop'],
  ['HP', 'EliteBook 840 G10', 'laptop'],
  ['HP', 'EliteDesk 800 G9', 'desktop'],
  ['Apple', 'iPhone 15', 'phone'],
  ['Samsung', 'Galaxy S23', 'phone'],
  ['Samsung', 'Galaxy Tab S9', 'tablet'],
  ['Dell', 'P2723QE', 'monitor'],
  ['Logitech', 'MX Keys', 'peripheral'],
  ['Yubico', 'YubiKey 5 NFC', 'usb-token'],
  ['Samsung', '990 PRO 1TB', 'drive'],
];

export interface CatalogueAsset {
  readonly assetTag: string;
  readonly serial: string;
  readonly make: string;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly custodian: string;
}

/** The asset tag of the n-th generated asset (0-based); matches the default asset-tag pattern. */
export function benchAssetTag(n: number): string {
  return `IT-${String(n + 1).padStart(7, '0')}`;
}

/** The identity of the n-th generated asset: unique tag and serial, a plausible model and custodian. */
export function catalogueAsset(n: number, prng: Prng): CatalogueAsset {
  const [make, model, assetClass] = prng.pick(MODELS);
  return {
    assetTag: benchAssetTag(n),
    serial: `${make.slice(0, 2).toUpperCase()}${(1_000_000_000 + n * 7919).toString(36).toUpperCase()}`,
    make,
    model,
    assetClass,
    sensitivity: prng.next() < 0.2 ? 'high' : 'standard',
    custodian: `${prng.pick(FIRST)} ${prng.pick(LAST)}`,
  };
}
