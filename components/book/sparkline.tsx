/** The daily scores as a small line (gaps where a day had no score); the numbers are in the table beside it. */
export function Sparkline({ points, label }: { points: ReadonlyArray<number | null>; label: string }) {
  const width = 60;
  const height = 16;
  if (points.filter((p) => p !== null).length < 2) return null;
  const step = width / Math.max(1, points.length - 1);
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${(i * step).toFixed(1)},${(height - (p / 100) * height).toFixed(1)}`;
    pen = true;
  });
  return (
    <svg className="sl-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
