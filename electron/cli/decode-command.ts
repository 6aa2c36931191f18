import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DECODER_NAMES, type DecodedCode, type DecoderName } from '../../shared/decoding/decoder';
import { DEFAULT_DECODER } from '../../shared/decoding/default-decoder';
import { createNodeDecoder } from '../../shared/decoding/node-decoders';
import { SYMBOLOGY_WORDS } from '../../shared/decoding/symbology';
import { parseGs1 } from '../../shared/domain/gs1';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command, type ExitCode } from './cli-io';
import { readImageFile } from './image-file';

interface CodeReport {
  readonly text: string;
  readonly symbology: string;
  readonly gs1: { readonly gtin: string | null; readonly serial: string | null } | null;
  readonly corners: DecodedCode['corners'];
}

type FileReport =
  | { readonly file: string; readonly ok: true; readonly format: string; readonly width: number; readonly height: number; readonly ms: number; readonly codes: readonly CodeReport[] }
  | { readonly file: string; readonly ok: false; readonly problem: string };

function toReport(code: DecodedCode): CodeReport {
  const gs1 = code.gs1 ? parseGs1(code.text) : null;
  return { text: code.text, symbology: SYMBOLOGY_WORDS[code.symbology], gs1: gs1 === null ? null : { gtin: gs1.gtin ?? null, serial: gs1.serial ?? null }, corners: code.corners };
}

function readDecoderName(value: string | undefined): DecoderName {
  if (value === undefined) return DEFAULT_DECODER;
  const known = DECODER_NAMES.find((name) => name === value);
  if (known === undefined) throw new UsageError(`Unknown decoder "${value}": use ${DECODER_NAMES.join(' or ')}`);
  return known;
}

function printText(io: CliIo, decoder: DecoderName, reports: readonly FileReport[]): void {
  for (const report of reports) {
    if (!report.ok) {
      io.out(`${report.file}: ${report.problem}`);
      continue;
    }
    const head = `${report.file} (${report.format} ${report.width}x${report.height}, ${decoder}, ${report.ms.toFixed(1)} ms)`;
    if (report.codes.length === 0) io.out(`${head}: no barcode found`);
    else io.out(`${head}: ${report.codes.length === 1 ? '1 code' : `${report.codes.length} codes`}`);
    for (const code of report.codes) {
      const gs1 = code.gs1 === null ? '' : `  GS1: GTIN ${code.gs1.gtin ?? 'none'}, serial ${code.gs1.serial ?? 'none'}`;
      io.out(`  ${code.symbology}: ${code.text}${gs1}`);
    }
  }
}

/** 2 when a file could not be read, else 1 when a picture held no code, else 0. */
function exitOf(reports: readonly FileReport[]): ExitCode {
  if (reports.some((r) => !r.ok)) return EXIT.usage;
  return reports.some((r) => r.ok && r.codes.length === 0) ? EXIT.failed : EXIT.ok;
}

/** `dockside decode FILE... [--decoder zxing-js|zxing-wasm] [--json]`: reads the barcodes in pictures of labels. */
export const decodeCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { decoder: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('Name at least one picture: dockside decode FILE... [--decoder zxing-js|zxing-wasm] [--json]');
  const name = readDecoderName(values.decoder);
  const decoder = createNodeDecoder(name);
  const reports: FileReport[] = [];
  for (const file of positionals) {
    let image;
    try {
      image = readImageFile(resolve(file));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      reports.push({ file, ok: false, problem: code === 'ENOENT' ? 'There is no such file.' : code === 'EISDIR' ? 'That is a folder, not a file.' : 'The file cannot be read.' });
      continue;
    }
    if (!image.ok) {
      reports.push({ file, ok: false, problem: image.words });
      continue;
    }
    const started = performance.now();
    const codes = await decoder.decode(image.frame);
    const ms = performance.now() - started;
    reports.push({ file, ok: true, format: image.format, width: image.frame.width, height: image.frame.height, ms, codes: codes.map(toReport) });
  }
  const exit = exitOf(reports);
  if (values.json) printJson(io, { ok: exit === EXIT.ok, decoder: name, files: reports });
  else printText(io, name, reports);
  return exit;
};
