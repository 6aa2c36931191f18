import type { ConnectionTestResult } from '../../../shared/views';
import type { DriverEnv, ConnectorBuilders } from '../connector-factory';
import type { SecretStore } from '../secrets/secret-store';
import type { ConnectorRow } from '../store/connector-store';

/** Builds the connector from its saved settings and token and asks its server, answering in words. */
export async function testConnection(row: ConnectorRow, secrets: SecretStore, builders: ConnectorBuilders, env: DriverEnv): Promise<ConnectionTestResult> {
  const token = secrets.get(row.id);
  if (token === null) return { ok: false, words: 'No token is set for this connector. Enter one first.' };
  const build = builders[row.kind];
  if (build === undefined) return { ok: false, words: `This version of Dockside has no driver for ${row.kind}.` };
  const controller = new AbortController();
  const deadline = env.timers.setTimeout(() => controller.abort(), row.settings.timeoutMs + 1_000);
  try {
    const check = await build(row, token, env).testConnection(controller.signal);
    return check.ok ? { ok: true, words: check.detail } : { ok: false, words: check.reason };
  } catch (error) {
    return { ok: false, words: `The test failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    env.timers.clearTimeout(deadline);
  }
}
