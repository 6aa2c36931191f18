import type { Page } from 'playwright-core';

/** Records every oscillator the page starts (frequency and wave), so a test can tell which sound played. */
export const SOUND_RECORDER_SCRIPT = `(() => {
  const played = [];
  Object.defineProperty(window, '__tonesPlayed', { value: played });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when) {
    played.push({ frequency: this.frequency.value, wave: this.type });
    return start.call(this, when);
  };
})();`;

export interface PlayedTone {
  readonly frequency: number;
  readonly wave: string;
}

/** The oscillators started since the last call, and forgets them. */
export function takeTones(page: Page): Promise<PlayedTone[]> {
  return page.evaluate('window.__tonesPlayed.splice(0)') as Promise<PlayedTone[]>;
}
