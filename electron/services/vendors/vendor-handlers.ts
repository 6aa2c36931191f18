import type { VendorsCommandName } from '../../../shared/commands/vendors.names';
import type { CoreOptions } from '../core';
import type { CoreEnv, HandlerMap } from '../handler-types';

/** The vendors commands. */
export function vendorHandlers(env: CoreEnv, options: CoreOptions) {
  return {} satisfies Pick<HandlerMap, VendorsCommandName>;
}
