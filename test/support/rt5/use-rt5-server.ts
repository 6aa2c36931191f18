import { afterAll, afterEach, beforeAll } from 'vitest';
import { startRt5Server, type Rt5Server } from './rt5-server';

/**
 * One real RT for the test file: started before its tests (fresh database), stopped after them (by PID).
 * When a test fails, the server's log is printed beside the failure.
 */
export function useRt5Server(): () => Rt5Server {
  let server: Rt5Server | null = null;
  beforeAll(async () => {
    server = await startRt5Server();
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail' && server !== null) {
      console.error(`Request Tracker log (${server.paths.serverLog}):\n${server.logTail()}`);
    }
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return () => {
    if (server === null) throw new Error('The RT test server did not start (see the beforeAll error above).');
    return server;
  };
}
