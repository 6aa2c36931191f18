/** Where connector tokens live. A token goes in and is used by the worker; it never goes back to the UI or a log. */
export interface SecretStore {
  get(connectorId: string): string | null;
  set(connectorId: string, token: string): void;
  delete(connectorId: string): void;
}

/** The environment variable a token is read from by the plain store: DOCKSIDE_TOKEN_<ID>, dashes as underscores. */
export function tokenVariable(connectorId: string): string {
  return `DOCKSIDE_TOKEN_${connectorId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
