import { connect } from 'node:net';
import { DocksideError } from '../../../../shared/errors';

const TIMEOUT_MS = 5_000;

/** Sends bytes raw to a label printer's port (9100 on Zebra printers) and resolves once the printer has them all. */
export function sendRaw(host: string, port: number, data: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(data, 'latin1');
    const socket = connect({ host, port });
    const fail = (reason: string): void => {
      socket.destroy();
      reject(new DocksideError('PRINTER_UNREACHABLE', `${host}:${port}: ${reason}`, { reason }));
    };
    socket.setTimeout(TIMEOUT_MS, () => fail('no answer within 5 s'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.end(bytes));
    socket.once('close', (hadError) => {
      if (!hadError) resolve(bytes.length);
    });
  });
}
