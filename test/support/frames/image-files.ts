import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { GreyFrame } from '../../../shared/decoding/frame';

function toRgba(frame: GreyFrame): Buffer {
  const rgba = Buffer.alloc(frame.width * frame.height * 4);
  for (let i = 0; i < frame.data.length; i += 1) {
    const v = frame.data[i] ?? 0;
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** A grey frame as an 8-bit greyscale PNG (small: the committed benchmark set is stored this way). */
export function greyPng(frame: GreyFrame): Buffer {
  const png = new PNG({ width: frame.width, height: frame.height });
  png.data = toRgba(frame);
  return PNG.sync.write(png, { colorType: 0 });
}

export function greyJpeg(frame: GreyFrame, quality = 85): Buffer {
  return jpeg.encode({ width: frame.width, height: frame.height, data: toRgba(frame) }, quality).data;
}
