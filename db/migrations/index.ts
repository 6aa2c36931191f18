import { initial } from './001_initial';
import { sync } from './002_sync';
import { sanitization } from './003_sanitization';
import { vendors } from './004_vendors';
import { pickups } from './005_pickups';
import { offboarding } from './006_offboarding';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial, sync, sanitization, vendors, pickups, offboarding];
