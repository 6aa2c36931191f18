export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly late?: boolean;
}

const WIDTH = 520;
const ROW = 28;
const LABEL = 150;

/** A horizontal bar chart in SVG: classes only (the CSP allows no inline styles), values written at each bar's end. */
export function BarChart({ title, bars }: { readonly title: string; readonly bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL - 50;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const width = Math.round((b.value / max) * span);
        return (
          <g key={b.label}>
            <text className="chart__label" x={0} y={y + 17}>
              {b.label}
            </text>
            <rect className={b.late === true ? 'chart__bar chart__bar--late' : 'chart__bar'} x={LABEL} y={y + 3} width={width} height={ROW - 8} rx={3} />
            <text className="chart__value" x={LABEL + width + 6} y={y + 17}>
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
