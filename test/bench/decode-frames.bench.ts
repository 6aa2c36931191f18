/**
 * Both decoders on the committed frame set (test/bench/frames/set), same frames, same run: decode rate per symbology
 * (clean and degraded), several codes per frame, false reads on frames with no code, and milliseconds per frame at
 * 640x480 and 1280x720 (no-code frames included). One core: decoding runs on this thread only.
 * Run: npm exec -- tsx test/bench/decode-frames.bench.ts   (DECODE_REPEATS=3 timed passes per frame by default)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImageFile } from '../../electron/cli/image-file';
import { DECODER_NAMES, type DecoderName } from '../../shared/decoding/decoder';
import type { GreyFrame } from '../../shared/decoding/frame';
import { createNodeDecoder } from '../../shared/decoding/node-decoders';
import type { Category, SceneEntry } from './frames/scenes';
import { machineInfo } from './support/machine';
import { textTable, writeResult, type SummaryRow } from './support/report';
import { latency, type Latency } from './support/stats';

const SET_DIR = fileURLToPath(new URL('./frames/set/', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const REPEATS = Number(process.env.DECODE_REPEATS ?? 3);
const TARGET_FPS_1280 = 30;
const DEGRADED: readonly Category[] = ['small', 'rotated', 'blur', 'low-contrast', 'glare', 'occluded'];

interface FrameOutcome {
  readonly entry: SceneEntry;
  readonly found: readonly string[];
  readonly ms: number;
}

function loadSet(): { entry: SceneEntry; frame: GreyFrame }[] {
  const manifest = JSON.parse(readFileSync(join(SET_DIR, 'manifest.json'), 'utf8')) as { frames: SceneEntry[] };
  return manifest.frames.map((entry) => {
    const image = readImageFile(join(SET_DIR, entry.file));
    if (!image.ok) throw new Error(`${entry.file}: ${image.words}`);
    return { entry, frame: image.frame };
  });
}

async function runDecoder(name: DecoderName, set: readonly { entry: SceneEntry; frame: GreyFrame }[]): Promise<FrameOutcome[]> {
  const decoder = createNodeDecoder(name);
  for (const { frame } of set.slice(0, 10)) await decoder.decode(frame);
  const outcomes: FrameOutcome[] = [];
  for (const { entry, frame } of set) {
    const times: number[] = [];
    let found: readonly string[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      const started = performance.now();
      const codes = await decoder.decode(frame);
      times.push(performance.now() - started);
      found = codes.map((c) => c.text);
    }
    outcomes.push({ entry, found, ms: latency(times).p50 });
  }
  return outcomes;
}

const allFound = (o: FrameOutcome): boolean => o.entry.expected.every((text) => o.found.includes(text));
const wrongReads = (o: FrameOutcome): number => o.found.filter((text) => !o.entry.expected.includes(text)).length;

interface Rate {
  readonly read: number;
  readonly of: number;
}
const rateOf = (outcomes: readonly FrameOutcome[]): Rate => ({ read: outcomes.filter(allFound).length, of: outcomes.length });
const pct = (r: Rate): string => `${((100 * r.read) / Math.max(1, r.of)).toFixed(0)}% (${r.read}/${r.of})`;

function summarise(outcomes: readonly FrameOutcome[]) {
  const kinds = [...new Set(outcomes.map((o) => o.entry.kind).filter((k): k is NonNullable<typeof k> => k !== null))];
  const perKind = Object.fromEntries(
    kinds.map((kind) => {
      const mine = outcomes.filter((o) => o.entry.kind === kind);
      return [kind, { clean: rateOf(mine.filter((o) => o.entry.category === 'clean')), degraded: rateOf(mine.filter((o) => DEGRADED.includes(o.entry.category))) }];
    }),
  );
  const perCategory = Object.fromEntries(DEGRADED.map((c) => [c, rateOf(outcomes.filter((o) => o.entry.category === c))]));
  const timing = (width: number): { all: Latency; noCode: Latency; fps: number } => {
    const sized = outcomes.filter((o) => o.entry.width === width);
    const all = latency(sized.map((o) => o.ms));
    return { all, noCode: latency(sized.filter((o) => o.entry.category === 'none').map((o) => o.ms)), fps: Math.round((10 * 1000) / all.mean) / 10 };
  };
  return {
    clean: rateOf(outcomes.filter((o) => o.entry.category === 'clean')),
    degraded: rateOf(outcomes.filter((o) => DEGRADED.includes(o.entry.category))),
    multi: rateOf(outcomes.filter((o) => o.entry.category === 'multi')),
    falseReads: outcomes.reduce((n, o) => n + wrongReads(o), 0),
    perKind,
    perCategory,
    at640: timing(640),
    at1280: timing(1280),
    missed: outcomes.filter((o) => !allFound(o)).map((o) => o.entry.file),
  };
}
type Summary = ReturnType<typeof summarise>;

/** The default is the decoder that reads the most clean frames, then the most degraded, then the fastest at 1280x720. */
function winner(results: Readonly<Record<DecoderName, Summary>>): DecoderName {
  return [...DECODER_NAMES].sort((a, b) => {
    const x = results[a];
    const y = results[b];
    return y.clean.read - x.clean.read || y.degraded.read - x.degraded.read || y.at1280.fps - x.at1280.fps;
  })[0] ?? 'zxing-wasm';
}

function rows(results: Readonly<Record<DecoderName, Summary>>, best: DecoderName): SummaryRow[] {
  const out: SummaryRow[] = [];
  for (const name of DECODER_NAMES) {
    const r = results[name];
    out.push({ benchmark: `${name}: decode rate`, figure: 'clean frames', result: pct(r.clean), target: '100%', met: r.clean.read === r.clean.of });
    out.push({ benchmark: `${name}: decode rate`, figure: 'degraded frames', result: pct(r.degraded), target: '', met: null });
    for (const [category, rate] of Object.entries(r.perCategory)) out.push({ benchmark: `${name}: degraded`, figure: category, result: pct(rate), target: '', met: null });
    for (const [kind, rate] of Object.entries(r.perKind)) out.push({ benchmark: `${name}: per symbology`, figure: kind, result: `clean ${pct(rate.clean)}, degraded ${pct(rate.degraded)}`, target: '', met: null });
    out.push({ benchmark: `${name}: several codes per frame`, figure: 'every code found', result: pct(r.multi), target: '', met: null });
    out.push({ benchmark: `${name}: false reads`, figure: 'codes not in the frame', result: String(r.falseReads), target: '0', met: r.falseReads === 0 });
    for (const [size, t] of [['640x480', r.at640], ['1280x720', r.at1280]] as const) {
      const held = name === best && size === '1280x720';
      out.push({ benchmark: `${name}: ms per frame ${size}`, figure: 'mean / p50 / p95 (all frames)', result: `${t.all.mean.toFixed(1)} / ${t.all.p50.toFixed(1)} / ${t.all.p95.toFixed(1)} ms = ${t.fps} frames/s`, target: held ? `≥ ${TARGET_FPS_1280} frames/s` : '', met: held ? t.fps >= TARGET_FPS_1280 : null });
      out.push({ benchmark: `${name}: ms per frame ${size}`, figure: 'no-code frames mean', result: `${t.noCode.mean.toFixed(1)} ms`, target: '', met: null });
    }
  }
  return out;
}

const set = loadSet();
const results = {} as Record<DecoderName, Summary>;
for (const name of DECODER_NAMES) {
  console.log(`Decoding ${set.length} frames x ${REPEATS} with ${name}...`);
  results[name] = summarise(await runDecoder(name, set));
}
const best = winner(results);
const machine = machineInfo();
const table = rows(results, best);
console.log('');
console.log(textTable(table));
console.log('');
console.log(`Default decoder (winner): ${best}`);
for (const name of DECODER_NAMES) console.log(`${name} missed: ${results[name].missed.join(', ') || 'none'}`);
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' / ')}`);
const file = writeResult(RESULTS_DIR, 'decode-frames', machine, { frames: set.length, repeats: REPEATS, winner: best, results, rows: table });
console.log(`Wrote ${file}`);
