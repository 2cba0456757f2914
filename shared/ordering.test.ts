import { describe, expect, it } from 'vitest';
import {
  applyRewrites,
  FIRST_KEY,
  isStrictlyOrdered,
  isValidKey,
  KEY_DIGITS,
  keyBetween,
  MAX_KEY_LENGTH,
  moveDown,
  moveTo,
  moveUp,
  planAppend,
  spreadKeys,
  type Ordered,
} from './ordering';
import { seededRandom, type SeededRandom } from './seeded-random';

const SEEDS = [1, 2, 3, 42, 1234, 99991, 20260101, 777];

function randomKey(random: SeededRandom): string {
  const length = 1 + random.below(6);
  let key = '';
  for (let i = 0; i < length; i++) key += KEY_DIGITS[random.below(KEY_DIGITS.length)];
  return key.replace(/0+$/, '') || 'V';
}

function append(list: Ordered[], id: string): Ordered[] {
  const { position, rewrites } = planAppend(list);
  return applyRewrites([...list, { id, position }], rewrites);
}

describe('keyBetween', () => {
  it('starts an empty list in the middle of the range', () => {
    expect(keyBetween(null, null)).toBe(FIRST_KEY);
  });

  it('always finds a valid key strictly between two keys', () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let i = 0; i < 2000; i++) {
        let [a, b] = [randomKey(random), randomKey(random)];
        if (a === b) continue;
        if (a > b) [a, b] = [b, a];
        const key = keyBetween(a, b);
        expect({ seed, a, b, key, valid: isValidKey(key), between: a < key && key < b }).toEqual({ seed, a, b, key, valid: true, between: true });
      }
    }
  });

  it('finds room between neighbours that differ only in their last digit', () => {
    expect(keyBetween('V', 'W')).toBe('VV');
    expect(keyBetween('A', 'A01')).toMatch(/^A00/);
    const key = keyBetween('A', 'A01');
    expect('A' < key && key < 'A01').toBe(true);
    expect(keyBetween(null, '1') < '1').toBe(true);
    expect(keyBetween('z', null) > 'z').toBe(true);
  });

  it('refuses keys out of order, equal keys and keys ending in the smallest digit', () => {
    expect(() => keyBetween('b', 'a')).toThrow(RangeError);
    expect(() => keyBetween('a', 'a')).toThrow(RangeError);
    expect(() => keyBetween('a0', null)).toThrow(RangeError);
    expect(() => keyBetween('', null)).toThrow(RangeError);
    expect(() => keyBetween('a-b', null)).toThrow(RangeError);
  });

  it('keeps keys short when a list grows at the end, as question lists usually do', () => {
    let list: Ordered[] = [];
    for (let i = 0; i < 100; i++) list = append(list, `q${i}`);
    expect(isStrictlyOrdered(list)).toBe(true);
    expect(Math.max(...list.map((item) => item.position.length))).toBeLessThanOrEqual(4);
  });
});

describe('spreadKeys', () => {
  it('gives strictly increasing, valid, short keys', () => {
    for (const count of [1, 2, 10, 61, 62, 500, 3000]) {
      const keys = spreadKeys(count);
      expect(keys).toHaveLength(count);
      expect(keys.every(isValidKey)).toBe(true);
      expect(keys.every((key, i) => i === 0 || keys[i - 1]! < key)).toBe(true);
      expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(2);
    }
  });
});

describe('list operations', () => {
  const list = (ids: string[]): Ordered[] => ids.map((id, i) => ({ id, position: spreadKeys(ids.length)[i]! }));
  const order = (items: Ordered[]) => items.map((item) => item.id);

  it('moves an item up or down by one and rewrites only that item', () => {
    const items = list(['a', 'b', 'c', 'd']);
    const up = moveUp(items, 'c');
    expect(up).toHaveLength(1);
    expect(up[0]!.id).toBe('c');
    expect(order(applyRewrites(items, up))).toEqual(['a', 'c', 'b', 'd']);
    expect(order(applyRewrites(items, moveDown(items, 'a')))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('does nothing when moving the first item up or the last item down', () => {
    const items = list(['a', 'b', 'c']);
    expect(moveUp(items, 'a')).toEqual([]);
    expect(moveDown(items, 'c')).toEqual([]);
    expect(moveTo(items, 'b', 1)).toEqual([]);
  });

  it('moves to any index, clamping to the ends', () => {
    const items = list(['a', 'b', 'c', 'd', 'e']);
    expect(order(applyRewrites(items, moveTo(items, 'a', 3)))).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(order(applyRewrites(items, moveTo(items, 'e', 0)))).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(order(applyRewrites(items, moveTo(items, 'b', 99)))).toEqual(['a', 'c', 'd', 'e', 'b']);
    expect(order(applyRewrites(items, moveTo(items, 'd', -5)))).toEqual(['d', 'a', 'b', 'c', 'e']);
  });

  it('respaces the whole list when stored keys collide, keeping the intended order', () => {
    const items: Ordered[] = [
      { id: 'a', position: 'V' },
      { id: 'b', position: 'V' },
      { id: 'c', position: 'W' },
    ];
    const rewrites = moveTo(items, 'c', 0);
    expect(rewrites).toHaveLength(3);
    const after = applyRewrites(items, rewrites);
    expect(order(after)).toEqual(['c', 'a', 'b']);
    expect(isStrictlyOrdered(after)).toBe(true);
  });

  it('refuses to move an item that is not in the list', () => {
    expect(() => moveTo(list(['a']), 'zzz', 0)).toThrow(RangeError);
  });

  it('keeps a strict total order, the intended order and short keys under any sequence of moves', () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      let items: Ordered[] = [];
      let expected: string[] = [];
      let nextId = 0;
      let longest = 0;
      for (let step = 0; step < 1500; step++) {
        const roll = random.next();
        if (items.length < 2 || roll < 0.15) {
          const id = `q${nextId++}`;
          items = append(items, id);
          expected.push(id);
        } else if (roll < 0.2) {
          const victim = random.pick(expected);
          items = items.filter((item) => item.id !== victim);
          expected = expected.filter((id) => id !== victim);
        } else {
          const id = random.pick(expected);
          const kind = random.below(4);
          const from = expected.indexOf(id);
          // Adversarial half the time: hammer the same gap at the top, where keys grow fastest.
          const to = kind === 0 ? from - 1 : kind === 1 ? from + 1 : kind === 2 ? random.below(expected.length) : 1;
          const rewrites = kind === 0 ? moveUp(items, id) : kind === 1 ? moveDown(items, id) : moveTo(items, id, to);
          items = applyRewrites(items, rewrites);
          const clamped = Math.max(0, Math.min(expected.length - 1, to));
          expected.splice(from, 1);
          expected.splice(clamped, 0, id);
        }
        const positions = items.map((item) => item.position);
        longest = Math.max(longest, ...positions.map((p) => p.length));
        expect({ seed, step, strict: isStrictlyOrdered(items), unique: new Set(positions).size === positions.length }).toEqual({
          seed,
          step,
          strict: true,
          unique: true,
        });
        expect(order(items), `seed ${seed} step ${step}`).toEqual(expected);
      }
      expect(longest, `seed ${seed}`).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    }
  });
});
