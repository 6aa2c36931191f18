import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function poppler(program: 'pdftotext' | 'pdfinfo', args: readonly string[]): string {
  const result = spawnSync(program, [...args], { encoding: 'utf8' });
  if (result.error !== undefined) throw new Error(`${program} could not run (${result.error.message}): install poppler-utils (apt-get install poppler-utils)`);
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr}`);
  return result.stdout;
}

/** What a person (or an auditor's tool) reads in a PDF: its text as pdftotext extracts it, and its page count. */
export function readPdf(bytes: Uint8Array): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    const text = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]))?.[1] ?? Number.NaN);
    return { text, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with every run of white space (line breaks too) made one space, so a label and a wrapped value read as one line. */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ');
