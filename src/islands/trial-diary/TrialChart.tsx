/**
 * The trial summary's chart: the PEG score of each entry against the starting point. An img with a
 * title and a description in words; the table under it holds every number. Draws only: the
 * geometry comes from buildTrialSummary (src/lib/trial-diary/summary.ts).
 */
import type { TrialSummary } from '@/lib/trial-diary/summary';

interface Props {
  chart: TrialSummary['chart'];
  title: string;
  /** What the chart shows, in words. */
  description: string;
  /** The label on the starting-point line (shown only when there is one). */
  baselineLabel: string;
  legend: string;
}

export default function TrialChart({ chart, title, description, baselineLabel, legend }: Props) {
  return (
    <figure className="mt-1" data-trial-chart>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby="trial-chart-title trial-chart-desc"
        className="trial-chart h-auto w-full max-w-2xl text-ink"
      >
        <title id="trial-chart-title">{title}</title>
        <desc id="trial-chart-desc">{description}</desc>
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.left} x2={chart.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity="0.2" />
            <text x={chart.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.dayTicks.map((tick) => (
          <text key={tick.x} x={tick.x} y={chart.bottom + 20} textAnchor="middle" fontSize="12" fill="currentColor">
            {tick.label}
          </text>
        ))}
        {chart.baselineY !== null && (
          <g data-chart-baseline>
            <line
              x1={chart.left}
              x2={chart.right}
              y1={chart.baselineY}
              y2={chart.baselineY}
              stroke="currentColor"
              strokeWidth="2"
              strokeDasharray="8 6"
            />
            <text x={chart.right} y={chart.baselineY - 6} textAnchor="end" fontSize="12" fill="currentColor">
              {baselineLabel}
            </text>
          </g>
        )}
        {chart.points.length > 1 && (
          <polyline
            points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
            className="text-brand"
          />
        )}
        {chart.points.map((p, index) => (
          <circle
            key={index}
            cx={p.x}
            cy={p.y}
            r="5"
            fill="currentColor"
            className="text-brand"
            data-chart-point={p.score}
          />
        ))}
        <text x={chart.left} y={chart.height - 4} fontSize="12" fill="currentColor">
          {legend}
        </text>
      </svg>
    </figure>
  );
}
