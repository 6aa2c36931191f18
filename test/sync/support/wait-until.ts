/** Polls until the condition holds, failing after the deadline with the last state described. */
export async function waitUntil(condition: () => boolean, deadlineMs: number, describe: () => string): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
