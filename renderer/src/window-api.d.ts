import type { DocksideApi } from '../../shared/api';

declare global {
  interface Window {
    /** The preload's typed bridge: the renderer's only way to the core. */
    readonly api: DocksideApi;
  }
}

export {};
