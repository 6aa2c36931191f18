import { DATA_BEARING_CLASSES } from '../../../shared/domain/asset';

/**
 * The SQL test for "this queued device holds data": its class bears data, or a drive is recorded in it.
 * `q` is the wipe_queue row; the class list is bound as JSON from the one list in shared/domain/asset.ts.
 */
export const HOLDS_DATA_SQL = `(q.asset_class IN (SELECT value FROM json_each(@dataClasses)) OR EXISTS (SELECT 1 FROM wipe_media m WHERE m.asset_id = q.asset_id))`;

export const dataClassesParam = (): string => JSON.stringify(DATA_BEARING_CLASSES);
