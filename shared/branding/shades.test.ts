import { describe, expect, test } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from './contrast.ts';
import { brandShades } from './shades.ts';

describe('brandShades', () => {
  test('keeps the brand colour and orders the shades from light to dark', () => {
    const shades = brandShades('#0f766e');
    expect(shades[600]).toBe('#0f766e');
    const light = (hex: string) => contrastRatio(hex, '#000000');
    expect(light(shades[50])).toBeGreaterThan(light(shades[100]));
    expect(light(shades[100])).toBeGreaterThan(light(shades[600]));
    expect(light(shades[600])).toBeGreaterThan(light(shades[700]));
    expect(light(shades[700])).toBeGreaterThan(light(shades[800]));
  });

  test.each(['#0f766e', '#1d4ed8', '#7c2d12', '#6b21a8', '#3f3f46', '#b91c1c'])(
    'for %s, dark text on the light tints and white on the dark shades stay readable',
    (brand) => {
      const shades = brandShades(brand);
      expect(contrastRatio(shades[800], shades[100])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(shades[800], shades[50])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio('#ffffff', shades[700])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    },
  );
});
