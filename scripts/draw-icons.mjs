#!/usr/bin/env node
// Draws the Clearpage toolbar / store icons procedurally and writes them as
// RGBA PNGs (plus a matching SVG) to public/icons/.
//
// Dependency-free: only Node built-ins. Deterministic: identical bytes on
// every run (pure per-pixel math, no randomness/time, fixed zlib settings).
//
//   node scripts/draw-icons.mjs

import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const __dirname = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(__dirname, '..', 'public', 'icons');

export const SIZES = [16, 32, 48, 96, 128];

// ---------------------------------------------------------------------------
// Palette
// ---------------------------------------------------------------------------
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const C = {
  bgFrom: '#0f766e', // teal-700 (top-left)
  bgTo: '#1d4ed8', // blue-700 (bottom-right)
  page: '#ffffff',
  fold: '#c7e6ef', // pale teal-blue back of the dog-ear
  heading: '#0f4f4b', // deep teal
  text: '#2b7a74', // softer teal for body lines
  shadow: '#0b2f4a', // navy shadow under the page
};

// ---------------------------------------------------------------------------
// Layout: every coordinate is in output pixels. Small sizes use hand-tuned,
// pixel-aligned geometry so edges land on the pixel grid and stay crisp.
// ---------------------------------------------------------------------------
export function layout(size) {
  if (size <= 16) {
    const k = size / 16;
    return scale(
      {
        bg: { r: 3.5 },
        page: { x0: 3, y0: 2, x1: 13, y1: 14, r: 1 },
        shadow: null,
        fold: 0,
        lines: [
          { x0: 5, x1: 11, y0: 4, y1: 6, color: 'heading', r: 0.5 },
          { x0: 5, x1: 11, y0: 7, y1: 9, color: 'heading', r: 0.5 },
          { x0: 5, x1: 9, y0: 10, y1: 12, color: 'heading', r: 0.5 },
        ],
      },
      k,
    );
  }
  if (size <= 48) {
    // Designed on a 32 px grid (48 px = 1.5x; all values land on whole pixels).
    const k = size / 32;
    return scale(
      {
        bg: { r: 7 },
        page: { x0: 7, y0: 5, x1: 25, y1: 27, r: 2 },
        shadow: { dy: 1, blur: 1.2, alpha: 0.28 },
        fold: 6,
        lines: [
          { x0: 10, x1: 18, y0: 9, y1: 11, color: 'heading', r: 1 },
          { x0: 10, x1: 22, y0: 14, y1: 16, color: 'text', r: 1 },
          { x0: 10, x1: 22, y0: 18, y1: 20, color: 'text', r: 1 },
          { x0: 10, x1: 18, y0: 22, y1: 24, color: 'text', r: 1 },
        ],
      },
      k,
    );
  }
  // Large sizes (96, 128, store art): designed on a 128 px grid.
  const k = size / 128;
  return scale(
    {
      bg: { r: 28 },
      page: { x0: 28, y0: 20, x1: 100, y1: 108, r: 7 },
      shadow: { dy: 4, blur: 5, alpha: 0.3 },
      fold: 22,
      lines: [
        { x0: 40, x1: 72, y0: 36, y1: 44, color: 'heading', r: 4 },
        { x0: 40, x1: 88, y0: 55, y1: 61, color: 'text', r: 3 },
        { x0: 40, x1: 88, y0: 69, y1: 75, color: 'text', r: 3 },
        { x0: 40, x1: 78, y0: 83, y1: 89, color: 'text', r: 3 },
      ],
    },
    k,
  );
}

// Scale a design-grid layout by k. When the result isn't an exact multiple of
// the grid (48 px from the 32 grid, 96 px from the 128 grid), edges are
// snapped to whole pixels so lines and the page stay sharp.
const SNAP = new Set(['x0', 'x1', 'y0', 'y1']);
function scale(l, k) {
  const v = (key, x) => (SNAP.has(key) ? Math.round(x * k) : x * k);
  const s = (o) => Object.fromEntries(Object.entries(o).map(([key, x]) => [key, typeof x === 'number' ? v(key, x) : x]));
  return {
    bg: s(l.bg),
    page: s(l.page),
    shadow: l.shadow && s(l.shadow),
    fold: Math.round(l.fold * k),
    lines: l.lines.map(s),
  };
}

// ---------------------------------------------------------------------------
// Geometry helpers (signed distance functions, negative = inside)
// ---------------------------------------------------------------------------
function sdRoundRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx;
  const qy = Math.abs(py - cy) - hy;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

const smoothstep = (a, b, x) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

// Composite `src` (straight RGB, alpha a) over premultiplied accumulator.
function over(acc, rgb, a) {
  if (a <= 0) return;
  const ia = 1 - a;
  acc[0] = rgb[0] * a + acc[0] * ia;
  acc[1] = rgb[1] * a + acc[1] * ia;
  acc[2] = rgb[2] * a + acc[2] * ia;
  acc[3] = a + acc[3] * ia;
}

// Colour of the scene at one sample point (premultiplied RGBA, 0..255 / 0..1).
function shade(L, size, px, py, acc) {
  acc[0] = acc[1] = acc[2] = acc[3] = 0;

  // 1. Rounded-square background with a diagonal teal -> blue gradient.
  if (sdRoundRect(px, py, 0, 0, size, size, L.bg.r) > 0) return;
  const t = Math.min(1, Math.max(0, (px + py) / (2 * size)));
  const a0 = hex(C.bgFrom);
  const a1 = hex(C.bgTo);
  over(acc, [a0[0] + (a1[0] - a0[0]) * t, a0[1] + (a1[1] - a0[1]) * t, a0[2] + (a1[2] - a0[2]) * t], 1);

  const P = L.page;
  const f = L.fold;
  // The page is a rounded rect whose top-right corner is cut off along the
  // 45-degree fold line through (x1 - f, y0) and (x1, y0 + f): a dog-ear.
  const inCut = (x, y) => f > 0 && x - (P.x1 - f) > y - P.y0; // above/right of the fold line

  // 2. Soft drop shadow under the page.
  if (L.shadow) {
    const S = L.shadow;
    const d = sdRoundRect(px, py - S.dy, P.x0, P.y0, P.x1, P.y1, P.r);
    let a = S.alpha * (1 - smoothstep(-S.blur, S.blur, d));
    if (inCut(px, py - S.dy)) a *= 0.35;
    over(acc, hex(C.shadow), a);
  }

  // 3. The white page (point-sampled; supersampling provides the AA).
  const inPage = sdRoundRect(px, py, P.x0, P.y0, P.x1, P.y1, P.r) <= 0;
  if (inPage && !inCut(px, py)) {
    over(acc, hex(C.page), 1);
    // 4. Text lines.
    for (const ln of L.lines) {
      if (sdRoundRect(px, py, ln.x0, ln.y0, ln.x1, ln.y1, ln.r) <= 0) {
        over(acc, hex(C[ln.color]), 1);
        break;
      }
    }
  }

  // 5. The folded-over corner: a right triangle below-left of the fold line,
  //    inside the square [x1-f, x1] x [y0, y0+f].
  if (f > 0) {
    const fx = px - (P.x1 - f);
    const fy = py - P.y0;
    if (fx >= 0 && fy <= f && fx <= fy) {
      over(acc, hex(C.fold), 1);
    }
  }
}

// ---------------------------------------------------------------------------
// Rasteriser: SS x SS supersampling per pixel, averaged in premultiplied space.
// ---------------------------------------------------------------------------
export function draw(size) {
  const L = layout(size);
  const SS = size <= 48 ? 8 : 4;
  const out = Buffer.alloc(size * size * 4);
  const acc = [0, 0, 0, 0];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          shade(L, size, x + (sx + 0.5) / SS, y + (sy + 0.5) / SS, acc);
          r += acc[0];
          g += acc[1];
          b += acc[2];
          a += acc[3];
        }
      }
      const n = SS * SS;
      const i = (y * size + x) * 4;
      const A = a / n;
      if (A > 0) {
        out[i] = Math.round(Math.min(255, r / n / A));
        out[i + 1] = Math.round(Math.min(255, g / n / A));
        out[i + 2] = Math.round(Math.min(255, b / n / A));
        out[i + 3] = Math.round(A * 255);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Minimal PNG encoder (RGBA8, filter 0 per row, zlib deflate).
// ---------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePNG(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// SVG (vector version of the large layout, for documentation).
// ---------------------------------------------------------------------------
export function svg() {
  const S = 128;
  const L = layout(S);
  const P = L.page;
  const f = L.fold;
  const n = (v) => +v.toFixed(2);
  // Page outline: rounded rect with the top-right corner cut by the fold.
  const pagePath = [
    `M${n(P.x0 + P.r)} ${n(P.y0)}`,
    `H${n(P.x1 - f)}`,
    `L${n(P.x1)} ${n(P.y0 + f)}`,
    `V${n(P.y1 - P.r)}`,
    `A${P.r} ${P.r} 0 0 1 ${n(P.x1 - P.r)} ${n(P.y1)}`,
    `H${n(P.x0 + P.r)}`,
    `A${P.r} ${P.r} 0 0 1 ${n(P.x0)} ${n(P.y1 - P.r)}`,
    `V${n(P.y0 + P.r)}`,
    `A${P.r} ${P.r} 0 0 1 ${n(P.x0 + P.r)} ${n(P.y0)}`,
    'Z',
  ].join(' ');
  const foldPath = `M${n(P.x1 - f)} ${n(P.y0)} V${n(P.y0 + f)} H${n(P.x1)} Z`;
  const lines = L.lines
    .map(
      (l) =>
        `    <rect x="${n(l.x0)}" y="${n(l.y0)}" width="${n(l.x1 - l.x0)}" height="${n(l.y1 - l.y0)}" rx="${n(l.r)}" fill="${C[l.color]}"/>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}" role="img" aria-label="Clearpage">
  <title>Clearpage</title>
  <defs>
    <linearGradient id="cp-bg" x1="0" y1="0" x2="${S}" y2="${S}" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${C.bgFrom}"/>
      <stop offset="1" stop-color="${C.bgTo}"/>
    </linearGradient>
    <filter id="cp-shadow" x="-20%" y="-20%" width="140%" height="140%">
      <feGaussianBlur stdDeviation="${n(L.shadow.blur / 2)}"/>
    </filter>
  </defs>
  <rect width="${S}" height="${S}" rx="${n(L.bg.r)}" fill="url(#cp-bg)"/>
  <path d="${pagePath}" transform="translate(0 ${n(L.shadow.dy)})" fill="${C.shadow}" opacity="${L.shadow.alpha}" filter="url(#cp-shadow)"/>
  <path d="${pagePath}" fill="${C.page}"/>
  <path d="${foldPath}" fill="${C.fold}"/>
  <g>
${lines}
  </g>
</svg>
`;
}

// ---------------------------------------------------------------------------
export function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = join(OUT_DIR, `icon-${size}.png`);
    writeFileSync(file, encodePNG(size, size, draw(size)));
    console.log(`wrote ${file}`);
  }
  const svgFile = join(OUT_DIR, 'icon.svg');
  writeFileSync(svgFile, svg());
  console.log(`wrote ${svgFile}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
