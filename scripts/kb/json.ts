// Deterministic JSON for the generated knowledge-base files: fixed number formatting and one
// line per entry down to a chosen depth, so a data update shows as the lines that changed.

/** Millions of dollars with at most one decimal, as a number JSON.stringify always writes the same way. */
export function oneDecimal(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // no "-0"
}

/**
 * JSON with objects and arrays opened one entry per line for `depth` levels; what lies deeper is
 * written on its entry's line. Key order is the objects' own: build them in the order wanted
 * (keys that are whole numbers, such as years, always come first and ascending in JS).
 */
export function linesJson(value: unknown, depth: number, indent = ''): string {
  if (depth <= 0 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${inner}${linesJson(v, depth - 1, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${linesJson(v, depth - 1, inner)}`).join(',\n')}\n${indent}}`;
}

/** A generated file's text: `linesJson` plus a final newline. */
export const jsonFile = (value: unknown, depth: number): string => `${linesJson(value, depth)}\n`;
