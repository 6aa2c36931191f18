import { readdirSync, readFileSync } from 'node:fs';

/**
 * A process's proportional set size (bytes): its resident memory with shared pages divided among the
 * processes sharing them, so Chromium's many processes add up to what they really use; 0 when it has gone.
 */
function pssOf(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** The summed proportional memory of every process below `root` (for us: the Chromium that prints the PDF). */
function descendantsPss(root: number): number {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = new Map(pids.map((pid) => [pid, parentOf(pid)]));
  const below = (pid: number): boolean => {
    let at = parents.get(pid) ?? null;
    for (let hops = 0; at !== null && hops < 64; hops += 1) {
      if (at === root) return true;
      at = parents.get(at) ?? null;
    }
    return false;
  };
  return pids.filter(below).reduce((total, pid) => total + pssOf(pid), 0);
}

export interface MemoryPeaks {
  readonly nodeRssBytes: number;
  readonly childrenPssBytes: number;
}

/** Samples this process's resident memory and its children's proportional memory every `everyMs` until stopped; returns the peaks. */
export function sampleMemory(everyMs = 100): { stop(): MemoryPeaks } {
  let node = process.memoryUsage.rss();
  let children = descendantsPss(process.pid);
  const timer = setInterval(() => {
    node = Math.max(node, process.memoryUsage.rss());
    children = Math.max(children, descendantsPss(process.pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { nodeRssBytes: Math.max(node, process.memoryUsage.rss()), childrenPssBytes: children };
    },
  };
}
