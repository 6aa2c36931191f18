/**
 * Measurement hooks for the camera benchmarks, outside the app, on the page's clock: every frame the app's <video>
 * presents is sampled (a 64x36 thumbnail) and the moment it turns from an empty bench to a label is stamped; every
 * new banner text is stamped.
 */
export const CAMERA_STAMPS_SCRIPT = `(() => {
  const appeared = [];
  const banners = [];
  Object.defineProperty(window, '__camera', { value: { appeared, banners } });
  const canvas = document.createElement('canvas');
  canvas.width = 64; canvas.height = 36;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let watched = null;
  let showing = false;
  const sample = (video) => (now, meta) => {
    ctx.drawImage(video, 0, 0, 64, 36);
    const px = ctx.getImageData(0, 0, 64, 36).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 180) dark += 1;
    const label = dark > 4;
    if (label && !showing) appeared.push(meta.presentationTime);
    showing = label;
    video.requestVideoFrameCallback(sample(video));
  };
  setInterval(() => {
    const video = document.querySelector('video.camera__video');
    if (video !== null && video !== watched) { watched = video; video.requestVideoFrameCallback(sample(video)); }
  }, 20);
  let last = '';
  new MutationObserver(() => {
    const status = document.querySelector('[role="status"]');
    const text = status === null ? '' : status.textContent;
    if (text !== last) { last = text; banners.push({ text, at: performance.now() }); }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

export interface CameraStamps {
  readonly appeared: readonly number[];
  readonly banners: readonly { readonly text: string; readonly at: number }[];
}

/**
 * For each expected banner (by the start of its text): from the last time a label appeared in the camera before the
 * banner first said it, to that banner.
 */
export function appearedToBanner(stamps: CameraStamps, bannerStarts: readonly string[]): number[] {
  return bannerStarts.map((start) => {
    const shown = stamps.banners.find((b) => b.text.startsWith(start));
    if (shown === undefined) throw new Error(`the banner never said "${start}"`);
    const appeared = stamps.appeared.filter((t) => t <= shown.at).at(-1);
    if (appeared === undefined) throw new Error(`no label was seen before the banner said "${start}"`);
    return shown.at - appeared;
  });
}
