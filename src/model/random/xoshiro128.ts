/**
 * Seeded pseudo-random numbers: xoshiro128** (D. Blackman and S. Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021; reference code at
 * https://prng.di.unimi.it/xoshiro128starstar.c), its 128-bit state filled from the seed by
 * SplitMix32. Only 32-bit integer operations (Math.imul, >>>) are used, so the sequence is the
 * same in Node and in every browser. A uniform double in [0, 1) takes 53 bits from two outputs.
 */

export type Random = () => number;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/**
 * A generator of uniform numbers in [0, 1) for an integer seed.
 *
 * @example const random = createRandom(1); random(); // => 0.5686059948349658 (the same in every runtime)
 */
export function createRandom(seed: number): Random {
  const init = splitmix32(Math.floor(seed) >>> 0);
  // The state lives in a typed array: words above 2^31 kept in plain variables would be boxed as
  // heap numbers by JavaScript engines at every update (about 100 ns a draw instead of a few).
  const s = new Uint32Array([init(), init(), init(), init()]);
  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}
