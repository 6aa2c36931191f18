import type { CoreEnv, HandlerMap } from '../handler-types';
import { writeSettings } from './settings-store';

export function settingsHandlers({ db }: CoreEnv): Pick<HandlerMap, 'settings.update'> {
  return { 'settings.update': (input) => writeSettings(db, input) };
}
