// Summaries and the printed table for benchmark samples.

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p90: at(0.9), min: sorted[0], max: sorted.at(-1) };
}

const fmt = (v) => (v === undefined || v === null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** One row per measured pair: raw browser operation beside the playground operation. */
export function table(rows) {
  const header = ['what', 'raw median', 'raw p90', 'playground median', 'playground p90', 'ratio', 'unit', 'notes'];
  const lines = rows.map((r) => [
    r.what,
    fmt(r.raw?.median), fmt(r.raw?.p90),
    fmt(r.playground?.median), fmt(r.playground?.p90),
    r.raw && r.playground ? `${(r.playground.median / r.raw.median).toFixed(1)}×` : '—',
    r.unit ?? 'ms',
    r.notes ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const render = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}
