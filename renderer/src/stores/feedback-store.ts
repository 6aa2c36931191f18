import { create } from 'zustand';
import { createTonePlayer, type TonePlayer } from '../audio/tone-player';
import type { Tone } from '../audio/tones';

export interface Banner {
  /** Grows with every banner so the same words twice still flash again. */
  readonly id: number;
  readonly tone: Tone;
  readonly title: string;
  readonly detail: string | null;
}

interface FeedbackState {
  readonly banner: Banner | null;
  readonly player: TonePlayer;
  /** Shows a banner and plays its sound: every scan gets both. */
  notify(tone: Tone, title: string, detail?: string | null): void;
  clear(): void;
}

export const useFeedbackStore = create<FeedbackState>()((set, get) => ({
  banner: null,
  player: createTonePlayer(),
  notify: (tone, title, detail = null) => {
    set({ banner: { id: (get().banner?.id ?? 0) + 1, tone, title, detail } });
    get().player.play(tone);
  },
  clear: () => set({ banner: null }),
}));
