import { tokenVariable, type SecretStore } from './secret-store';

/**
 * For tests and the command line: tokens come from the environment (DOCKSIDE_TOKEN_<ID>). A token set at run
 * time is kept in memory only, over the environment's, and is gone when the process ends.
 */
export function envSecretStore(env: Readonly<Record<string, string | undefined>>): SecretStore {
  const overrides = new Map<string, string | null>();
  return {
    get(connectorId) {
      if (overrides.has(connectorId)) return overrides.get(connectorId) ?? null;
      const value = env[tokenVariable(connectorId)];
      return value === undefined || value === '' ? null : value;
    },
    set(connectorId, token) {
      overrides.set(connectorId, token);
    },
    delete(connectorId) {
      overrides.set(connectorId, null);
    },
  };
}
