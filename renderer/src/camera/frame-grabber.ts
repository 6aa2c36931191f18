import { rgbaToGrey, type GreyFrame, type Point } from '../../../shared/decoding/frame';

/** The part of the picture decoded: the middle of the view, where the aiming frame is. */
export const REGION = { x: 0.1, y: 0.1, width: 0.8, height: 0.8 } as const;
/** Frames are shrunk to at most this width before decoding: enough for 1-2 px modules on a label held close. */
const MAX_DECODE_WIDTH = 960;

export interface Grab {
  readonly frame: GreyFrame;
  /** Maps a point of the decoded frame back to the video's own pixels (for the frame drawn around a code). */
  toVideo(point: Point): Point;
}

export interface FrameGrabber {
  grab(video: HTMLVideoElement): Grab | null;
}

/** Cuts the region of interest out of the video, shrinks it once and turns it grey once, on a canvas kept for reuse. */
export function createFrameGrabber(): FrameGrabber {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    grab(video) {
      if (context === null || video.videoWidth === 0 || video.readyState < 2) return null;
      const sx = Math.round(video.videoWidth * REGION.x);
      const sy = Math.round(video.videoHeight * REGION.y);
      const sw = Math.round(video.videoWidth * REGION.width);
      const sh = Math.round(video.videoHeight * REGION.height);
      const scale = Math.min(1, MAX_DECODE_WIDTH / sw);
      const width = Math.max(1, Math.round(sw * scale));
      const height = Math.max(1, Math.round(sh * scale));
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.drawImage(video, sx, sy, sw, sh, 0, 0, width, height);
      const rgba = context.getImageData(0, 0, width, height).data;
      return { frame: rgbaToGrey(rgba, width, height), toVideo: (p) => ({ x: sx + p.x / scale, y: sy + p.y / scale }) };
    },
  };
}
