/** The error code a failed fetch carries, wherever undici put it (cause, or the first of an AggregateError). */
function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') return code;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return null;
}

const BY_CODE: ReadonlyArray<readonly [RegExp, (host: string) => string]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, (host) => `The server name ${host} could not be found (DNS). Check the address, or the network.`],
  [/^ECONNREFUSED$/, (host) => `${host} refused the connection: nothing is listening there. Check the address and port, or whether the server is up.`],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, (host) => `The connection to ${host} was cut before the answer arrived.`],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT)$/, (host) => `Connecting to ${host} timed out.`],
  [/^(EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/, (host) => `No network route to ${host}: this station looks offline.`],
  [/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/, (host) => `The certificate of ${host} is not trusted, so nothing was sent.`],
  [/^(UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/, (host) => `${host} took too long to answer.`],
];

/** A failed call that never got a whole answer, in words a supervisor can act on. */
export function describeNetworkError(error: unknown, host: string): string {
  const code = errorCode(error);
  if (code !== null) {
    const match = BY_CODE.find(([pattern]) => pattern.test(code));
    if (match !== undefined) return match[1](host);
    return `The call to ${host} failed (${code}).`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The call to ${host} failed (${message.slice(0, 120)}).`;
}

/** An HTTP status in words; detail is the server's own message when it gave one. */
export function describeStatus(status: number, detail: string | null): string {
  const said = detail === null || detail === '' ? '' : ` The server said: ${detail}`;
  if (status === 401) return `The server refused the token (401 Unauthorized). Set a new token.${said}`;
  if (status === 403) return `The token is not allowed to do this (403 Forbidden). Check its permissions or set a new token.${said}`;
  if (status === 404) return `Nothing at this address (404 Not Found). Check the URL.${said}`;
  if (status === 408) return `The server gave up waiting for the request (408).${said}`;
  if (status === 429) return `The server asked us to slow down (429 Too Many Requests).${said}`;
  if (status >= 500) return `The server had an error (${status}).${said}`;
  return `The server refused the request (${status}).${said}`;
}

/** Statuses that may succeed later unchanged: retried, never dead-lettered. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function isAuthStatus(status: number): boolean {
  return status === 401 || status === 403;
}
