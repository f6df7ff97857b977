import { describe, expect, it } from 'vitest';
import { sniffRasterType } from '../../src/background/download-images.ts';

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));

describe('image type from the first bytes', () => {
  it('recognises the raster formats Clearpage stores', () => {
    expect(sniffRasterType(bytes(0x89, 'PNG', 0x0d, 0x0a))).toBe('image/png');
    expect(sniffRasterType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffRasterType(bytes('GIF89a'))).toBe('image/gif');
    expect(sniffRasterType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffRasterType(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toBe('image/avif');
  });

  it('refuses SVG and HTML whatever the server called them', () => {
    expect(sniffRasterType(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'))).toBeNull();
    expect(sniffRasterType(bytes('<!DOCTYPE html><script>'))).toBeNull();
    expect(sniffRasterType(bytes())).toBeNull();
  });
});
