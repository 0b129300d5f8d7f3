import { parseHexColour } from './contrast.ts';

/** The tints and shades the UI uses around the VA's brand colour (Tailwind's brand-50…800). */
export type BrandShades = { 50: string; 100: string; 600: string; 700: string; 800: string };

/** `hex` mixed with `towards` (sRGB), `amount` 0–1 of the way. */
function mix(hex: string, towards: [number, number, number], amount: number): string {
  const channels = parseHexColour(hex).map((channel, index) =>
    Math.round(channel + (towards[index]! - channel) * amount),
  );
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const WHITE_RGB: [number, number, number] = [255, 255, 255];
const BLACK_RGB: [number, number, number] = [0, 0, 0];

/**
 * Shades from one brand colour. The colour itself (600) carries white text (the settings
 * require 4.5:1); 700 and 800 are darker, so white text and dark-on-light stay readable too.
 */
export function brandShades(brand: string): BrandShades {
  return {
    50: mix(brand, WHITE_RGB, 0.93),
    100: mix(brand, WHITE_RGB, 0.84),
    600: mix(brand, WHITE_RGB, 0),
    700: mix(brand, BLACK_RGB, 0.2),
    800: mix(brand, BLACK_RGB, 0.38),
  };
}
