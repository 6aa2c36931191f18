import { v7 as uuidv7 } from 'uuid';
import type { Clock, Ids } from './deps';

export const systemClock: Clock = { now: () => new Date() };

export const uuidIds: Ids = { next: () => uuidv7() };
