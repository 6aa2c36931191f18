import type { DecodedCode, DecoderName } from '../../../shared/decoding/decoder';
import type { GreyFrame } from '../../../shared/decoding/frame';

/** A frame sent to the decoding worker (its pixels are transferred, not copied). */
export interface DecodeRequest {
  readonly id: number;
  readonly frame: GreyFrame;
}

export type DecodeReply =
  | { readonly id: number; readonly ok: true; readonly decoder: DecoderName; readonly codes: readonly DecodedCode[]; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly problem: string };
