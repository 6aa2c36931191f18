/**
 * Writes the committed benchmark set: test/bench/frames/set/*.png (8-bit grey) and manifest.json, drawn by the
 * project's own generator (bwip-js labels placed in camera-like frames). Run: npm exec -- tsx test/bench/frames/generate.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { greyPng } from '../../support/frames/image-files';
import { benchmarkScenes, type SceneEntry } from './scenes';

export const FRAME_SET_DIR = fileURLToPath(new URL('./set/', import.meta.url));

const entries: SceneEntry[] = [];
let bytes = 0;
rmSync(FRAME_SET_DIR, { recursive: true, force: true });
mkdirSync(FRAME_SET_DIR, { recursive: true });
for await (const { entry, frame } of benchmarkScenes()) {
  const png = greyPng(frame);
  bytes += png.length;
  writeFileSync(join(FRAME_SET_DIR, entry.file), png);
  entries.push(entry);
}
writeFileSync(join(FRAME_SET_DIR, 'manifest.json'), `${JSON.stringify({ generator: 'test/bench/frames/generate.ts', frames: entries }, null, 2)}\n`);
console.log(`Wrote ${entries.length} frames (${(bytes / 1024 / 1024).toFixed(2)} MiB) to ${FRAME_SET_DIR}`);
