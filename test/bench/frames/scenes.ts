import type { GreyFrame } from '../../../shared/decoding/frame';
import { composeFrame, type Effects, type Placement } from '../../support/frames/compose-frame';
import { isLinear, LABEL_KINDS, renderCode, type LabelKind } from '../../support/frames/render-code';

export const CATEGORIES = ['clean', 'small', 'rotated', 'blur', 'low-contrast', 'glare', 'occluded', 'multi', 'none'] as const;
export type Category = (typeof CATEGORIES)[number];

export const FRAME_SIZES = [
  { width: 640, height: 480 },
  { width: 1280, height: 720 },
] as const;

/** One frame of the benchmark set: what is in it, and the texts a decoder must find. */
export interface SceneEntry {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly category: Category;
  /** The label kind for single-code frames; null for several codes or none. */
  readonly kind: LabelKind | null;
  readonly expected: readonly string[];
}

/** What each label kind carries, and what a decoder reads from it (GS1 in bracketed form). */
export const LABEL_TEXT: Readonly<Record<LabelKind, string>> = {
  code128: 'IT-001234',
  code39: 'PF3ABC12',
  qrcode: 'C02XK1LMNP',
  datamatrix: 'SN-5CG1234',
  ean13: '9780201379624',
  upca: '036000291452',
  pdf417: 'SN5CG1234XYZ',
  'gs1-128': '(01)09506000134352(21)SN12345',
  gs1datamatrix: '(01)09506000134352(21)SN67890',
};

interface SceneSpec {
  readonly category: Category;
  readonly kind: LabelKind | null;
  readonly placements: readonly Omit<Placement, 'code'>[];
  readonly kinds: readonly LabelKind[];
  readonly effects: Effects;
  /** The share of the frame's width each label has. */
  readonly share: number;
}

/** The module size a label is drawn at: whole pixels (2 to 4), as large as fits in 75% of the space it has. */
function comfortableModule(code: GreyFrame, space: number, linear: boolean): number {
  const wanted = linear ? 3 : 4;
  return Math.max(2, Math.min(wanted, Math.floor((0.75 * space) / (code.width + 20))));
}

function singleSpecs(kind: LabelKind): SceneSpec[] {
  const linear = isLinear(kind);
  const centre = { cx: 0.5, cy: 0.5, angleDeg: 0 };
  const one = (category: Category, place: Partial<Omit<Placement, 'code'>>, effects: Effects = {}): SceneSpec => ({
    category,
    kind,
    kinds: [kind],
    placements: [{ module: 0, ...centre, ...place }],
    effects,
    share: 1,
  });
  return [
    one('clean', { cx: 0.45, cy: 0.55 }),
    one('small', { module: 1.5, angleDeg: 0 }),
    one('rotated', { angleDeg: linear ? 12 : 35 }),
    one('blur', {}, { blur: 1 }),
    one('low-contrast', {}, { ink: 105, paper: 160 }),
    one('glare', {}, { glare: { cx: 0.55, cy: 0.45, radius: 0.12, strength: 0.75 } }),
    one('occluded', {}, { occlude: linear ? { x: 0.3, y: 0.0, width: 0.4, height: 0.47 } : { x: 0.5, y: 0.5, width: 0.035, height: 0.05 } }),
  ];
}

/** Labels side by side or stacked: where each sits, and the share of the frame's width it has. */
const MULTI: readonly { kinds: readonly LabelKind[]; at: readonly [number, number][]; share: number }[] = [
  { kinds: ['code128', 'datamatrix'], at: [[0.3, 0.5], [0.75, 0.5]], share: 0.5 },
  { kinds: ['code128', 'code39'], at: [[0.5, 0.3], [0.5, 0.72]], share: 1 },
  { kinds: ['qrcode', 'ean13'], at: [[0.25, 0.5], [0.7, 0.5]], share: 0.5 },
  { kinds: ['gs1-128', 'code128', 'datamatrix'], at: [[0.5, 0.2], [0.3, 0.7], [0.78, 0.7]], share: 0.5 },
];

const NONE_EFFECTS: readonly Effects[] = [{}, { noise: 6 }, { glare: { cx: 0.5, cy: 0.5, radius: 0.3, strength: 0.6 } }, { ink: 60, paper: 200, blur: 2 }];

function allSpecs(): SceneSpec[] {
  const specs: SceneSpec[] = LABEL_KINDS.flatMap(singleSpecs);
  for (const multi of MULTI) {
    specs.push({
      category: 'multi',
      kind: null,
      kinds: multi.kinds,
      placements: multi.at.map(([cx, cy]) => ({ module: 0, cx, cy, angleDeg: 0 })),
      effects: {},
      share: multi.share,
    });
  }
  for (const effects of NONE_EFFECTS) specs.push({ category: 'none', kind: null, kinds: [], placements: [], effects, share: 1 });
  return specs;
}

/** Draws every frame of the set at every size, with its manifest entry. */
export async function* benchmarkScenes(): AsyncGenerator<{ entry: SceneEntry; frame: GreyFrame }> {
  const codes = new Map<LabelKind, GreyFrame>();
  for (const kind of LABEL_KINDS) codes.set(kind, await renderCode(kind, LABEL_TEXT[kind]));
  const counters = new Map<string, number>();
  for (const size of FRAME_SIZES) {
    for (const spec of allSpecs()) {
      const placements: Placement[] = spec.placements.map((place, i) => {
        const kind = spec.kinds[i] ?? 'code128';
        const code = codes.get(kind) ?? { width: 0, height: 0, data: new Uint8Array() };
        return { ...place, code, module: place.module > 0 ? place.module : comfortableModule(code, spec.share * size.width, isLinear(kind)) };
      });
      const frame = composeFrame(size.width, size.height, placements, spec.effects);
      const stem = `${size.width}x${size.height}-${spec.category}`;
      const n = (counters.get(stem) ?? 0) + 1;
      counters.set(stem, n);
      const file = spec.kinds.length === 0 ? `${stem}-${n}.png` : `${stem}-${spec.kinds.join('+')}.png`;
      yield { entry: { file, width: size.width, height: size.height, category: spec.category, kind: spec.kind, expected: spec.kinds.map((k) => LABEL_TEXT[k]) }, frame };
    }
  }
}
