import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  formatContrastRatio,
  isHexColour,
  isReadableWithWhiteText,
  MIN_TEXT_CONTRAST,
  parseHexColour,
  relativeLuminance,
  WHITE,
} from './contrast.ts';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((channels) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('relativeLuminance', () => {
  test('black is 0, white is 1, case does not matter', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  test('weights green most and blue least, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  test('rejects anything but #rrggbb', () => {
    for (const bad of ['#fff', 'ffffff', '#gggggg', 'red', '#ffffff00', '']) {
      expect(isHexColour(bad)).toBe(false);
      expect(() => parseHexColour(bad)).toThrow(/#rrggbb/);
    }
    expect(parseHexColour('#0f766E')).toEqual([15, 118, 110]);
  });
});

describe('contrastRatio', () => {
  test('matches known WCAG values', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 10);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // The classic AA boundary: #767676 passes on white, #777777 just fails.
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ff0000', WHITE)).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#0000ff', WHITE)).toBeCloseTo(8.59, 2);
  });

  property.prop([hexColour, hexColour])('is symmetric and between 1 and 21', (a, b) => {
    const ratio = contrastRatio(a, b);
    expect(ratio).toBeCloseTo(contrastRatio(b, a), 12);
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
  });

  property.prop([hexColour])('a darker grey never has less contrast with white', (colour) => {
    const [r, g, b] = parseHexColour(colour);
    const grey = (v: number) => `#${v.toString(16).padStart(2, '0').repeat(3)}`;
    const level = Math.round((r + g + b) / 3);
    expect(contrastRatio(grey(Math.max(0, level - 1)), WHITE)).toBeGreaterThanOrEqual(contrastRatio(grey(level), WHITE));
  });
});

describe('isReadableWithWhiteText', () => {
  test('dark brand colours pass, light ones fail at AA (4.5:1)', () => {
    expect(MIN_TEXT_CONTRAST).toBe(4.5);
    for (const ok of ['#0f766e', '#767676', '#000000', '#1d4ed8', '#7c2d12']) expect(isReadableWithWhiteText(ok)).toBe(true);
    for (const bad of ['#777777', '#ffffff', '#ffff00', '#ff0000', '#14b8a6', '#f59e0b']) expect(isReadableWithWhiteText(bad)).toBe(false);
  });
});

describe('formatContrastRatio', () => {
  test('rounds down, so a failing ratio never reads as the threshold', () => {
    expect(formatContrastRatio(21)).toBe('21.0:1');
    expect(formatContrastRatio(4.48)).toBe('4.4:1');
    expect(formatContrastRatio(4.5)).toBe('4.5:1');
    expect(formatContrastRatio(1)).toBe('1.0:1');
  });
});
