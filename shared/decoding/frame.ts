/** One grey camera frame or image: one byte of luminance per pixel, row by row. */
export interface GreyFrame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A rectangle of a frame, in pixels. */
export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Cuts a region out of a frame (clamped to the frame); the whole frame when no region is given. */
export function cropFrame(frame: GreyFrame, region: Region | undefined): GreyFrame {
  if (region === undefined) return frame;
  const x = Math.max(0, Math.min(frame.width, Math.floor(region.x)));
  const y = Math.max(0, Math.min(frame.height, Math.floor(region.y)));
  const width = Math.max(0, Math.min(frame.width - x, Math.floor(region.width)));
  const height = Math.max(0, Math.min(frame.height - y, Math.floor(region.height)));
  if (x === 0 && y === 0 && width === frame.width && height === frame.height) return frame;
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row += 1) {
    const from = (y + row) * frame.width + x;
    data.set(frame.data.subarray(from, from + width), row * width);
  }
  return { width, height, data };
}

/**
 * Turns RGBA pixels into grey, once, shrinking by a whole factor on the way (each output pixel averages a
 * factor x factor block), so the decoder gets a small luminance frame and never touches colour.
 */
export function rgbaToGrey(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, factor = 1): GreyFrame {
  const step = Math.max(1, Math.floor(factor));
  const outW = Math.floor(width / step);
  const outH = Math.floor(height / step);
  const data = new Uint8Array(outW * outH);
  const area = step * step;
  for (let oy = 0; oy < outH; oy += 1) {
    for (let ox = 0; ox < outW; ox += 1) {
      let sum = 0;
      for (let dy = 0; dy < step; dy += 1) {
        let at = ((oy * step + dy) * width + ox * step) * 4;
        for (let dx = 0; dx < step; dx += 1) {
          sum += ((rgba[at] ?? 0) * 306 + (rgba[at + 1] ?? 0) * 601 + (rgba[at + 2] ?? 0) * 117) >> 10;
          at += 4;
        }
      }
      data[oy * outW + ox] = Math.round(sum / area);
    }
  }
  return { width: outW, height: outH, data };
}

/** Moves points found in a cropped region back into the whole frame's coordinates. */
export function offsetPoints(points: readonly Point[], region: Region | undefined): Point[] {
  const dx = region?.x ?? 0;
  const dy = region?.y ?? 0;
  return points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}
