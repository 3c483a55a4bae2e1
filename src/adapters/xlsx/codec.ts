/**
 * Deflate for the zip container, behind one small type so each host brings the fastest it has: fflate in the browser
 * (pure JavaScript, streaming), Node's zlib on the command line (node.ts; native, about 3× faster both ways).
 * Inflating is streamed in chunks and held to the part's declared size: a part that inflates past it is refused.
 */
import { Inflate, deflateSync } from 'fflate';

export type Codec = {
  /** Inflate raw deflate data, handing out chunks; throws SizeExceeded when the output passes `limit` bytes. */
  inflate(compressed: Uint8Array, limit: number, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  /** Raw deflate. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
};

export class SizeExceeded extends Error {
  constructor() {
    super('inflated past the declared size');
    this.name = 'SizeExceeded';
  }
}

const STEP = 1 << 18;

export const fflateCodec: Codec = {
  inflate(compressed, limit, onChunk) {
    let n = 0;
    const inf = new Inflate((chunk) => {
      n += chunk.length;
      if (n > limit) throw new SizeExceeded();
      onChunk(chunk);
    });
    if (compressed.length === 0) inf.push(new Uint8Array(0), true);
    for (let i = 0; i < compressed.length; i += STEP)
      inf.push(compressed.subarray(i, i + STEP), i + STEP >= compressed.length);
    return Promise.resolve();
  },
  deflate: (data) => Promise.resolve(deflateSync(data, { level: 6 })),
};
