import type { z } from 'zod';
import type { addMediumSchema } from '../../../shared/domain/sanitization/wipe-inputs';
import { normaliseIdentifier } from '../../../shared/domain/scan';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { getAsset } from '../assets/asset-store';
import type { CoreEnv } from '../handler-types';
import { insertMedium, type MediumRow } from './store/media-store';
import { queueEntry } from './store/queue-entry';

export type AddMediumInput = z.output<typeof addMediumSchema>;

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Records a drive inside a host (before receipt, or while the host waits in the queue). Inside the caller's transaction. */
export function addMedium(env: CoreEnv, session: Session, input: AddMediumInput): MediumRow {
  const asset = getAsset(env.db, input.assetId);
  const entry = queueEntry(env.db, asset.id);
  if (entry !== null && !entry.open) {
    throw new DocksideError('WIPE_ASSET_CLOSED', `${asset.assetTag ?? asset.serial ?? asset.id} is ${asset.state.status}: receive it again first`);
  }
  const serial = normaliseIdentifier(input.serial);
  return insertMedium(
    env.db,
    {
      id: env.ids.next(),
      assetId: asset.id,
      serial: orNull(serial),
      mediaType: input.mediaType,
      make: input.make,
      model: input.model,
      propertyNumber: orNull(input.propertyNumber),
      capacity: orNull(input.capacity),
    },
    session.technicianId,
    env.clock.now(),
  );
}
