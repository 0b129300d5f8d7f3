/**
 * Colour contrast as WCAG 2.x defines it, for the VA's brand colour: the UI puts white text on
 * it (buttons, headers), so it must be dark enough to read. Pure functions, no DOM.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio
 */

/** WCAG AA for normal text (1.4.3): 4.5:1. */
export const MIN_TEXT_CONTRAST = 4.5;

export const WHITE = '#ffffff';

const HEX_COLOUR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** `#rrggbb` as 0–255 channels; throws on anything else (check with isHexColour first). */
export function parseHexColour(hex: string): [number, number, number] {
  const match = HEX_COLOUR.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** An 8-bit sRGB channel linearised (WCAG's formula, with its 0.04045 threshold). */
function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map(linearChannel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Whether white text on this background meets WCAG AA for normal text. Compared unrounded:
 * a ratio of 4.48 shown as "4.5:1" still fails, as the WCAG understanding document says.
 */
export function isReadableWithWhiteText(background: string): boolean {
  return contrastRatio(background, WHITE) >= MIN_TEXT_CONTRAST;
}

/** A ratio as people write it: `4.5:1` (rounded down to one decimal, so a failing one never reads 4.5). */
export function formatContrastRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
