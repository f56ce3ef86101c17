/** Draws the toolbar icons (public/icons/icon-<size>.png): a navy rounded square with a white "A" and a gold underline. Run: `npx tsx scripts/make-icons.ts`. */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const SIZES = [16, 32, 48, 128];

/** CRC-32 of a byte buffer, as PNG chunks need. */
function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG file. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Distance from point p to segment ab. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Draws the icon at one size, 4x supersampled. */
function draw(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size; // 0..1
          // Rounded square mask.
          const rad = 0.2, cx = Math.min(Math.max(u, rad), 1 - rad), cy = Math.min(Math.max(v, rad), 1 - rad);
          if (Math.hypot(u - cx, v - cy) > rad) continue;
          let col: [number, number, number] = [0x1f, 0x3a, 0x5f]; // navy
          const w = 0.075;
          const stroke =
            segDist(u, v, 0.5, 0.18, 0.27, 0.72) < w ||
            segDist(u, v, 0.5, 0.18, 0.73, 0.72) < w ||
            segDist(u, v, 0.36, 0.52, 0.64, 0.52) < w * 0.8;
          if (stroke) col = [255, 255, 255];
          if (v > 0.78 && v < 0.86 && u > 0.22 && u < 0.78) col = [0xf2, 0xb7, 0x05]; // gold underline
          r += col[0]; g += col[1]; b += col[2]; a += 255;
        }
      }
      const n = S * S, i = (y * size + x) * 4, cov = a / n;
      if (cov > 0) {
        out[i] = Math.round(r / (a / 255)); out[i + 1] = Math.round(g / (a / 255)); out[i + 2] = Math.round(b / (a / 255));
      }
      out[i + 3] = Math.round(cov);
    }
  }
  return out;
}

mkdirSync("public/icons", { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, encodePng(size, draw(size)));
console.log(`icons: wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to public/icons/`);
