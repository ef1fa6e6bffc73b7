// Colours and fonts shared by the charts (Chart.js is loaded as a classic script, global Chart).

// Chart.js draws its text on canvas: give it the page's fonts so Chinese labels use a CJK face.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;

const PALETTE = ['#2f6fb0', '#d9822b', '#3f8f5a', '#b3261e', '#7b5ea7', '#c2a01e', '#2a9d8f', '#8c564b', '#e377c2', '#7f7f7f'];

/** n distinct colours, repeating the palette when n is larger. */
export function barColors(n) {
  return Array.from({ length: n }, (_, i) => PALETTE[i % PALETTE.length]);
}

/** A colour per distinct key (e.g. per year), stable for the sorted keys. */
export function colorByKey(keys) {
  const sorted = [...new Set(keys)].sort();
  const colors = barColors(sorted.length);
  return new Map(sorted.map((key, i) => [key, colors[i]]));
}
