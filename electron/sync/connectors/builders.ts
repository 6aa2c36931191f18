import type { ConnectorBuilders } from '../connector-factory';
import { buildRt5Connector } from './rt5/rt5-connector';
import { buildSnipeItConnector } from './snipeit/snipeit-connector';
import { buildWebhookConnector } from './webhook/webhook-connector';

/** Every driver this build ships, by connector kind. */
export const DEFAULT_BUILDERS: ConnectorBuilders = {
  rt5: buildRt5Connector,
  webhook: buildWebhookConnector,
  snipeit: buildSnipeItConnector,
};
