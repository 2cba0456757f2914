/**
 * Fractional ordering keys for user-ordered lists (questions in a meeting's list).
 *
 * Each item stores a short string key; the list is the items sorted by key. Moving or inserting
 * an item writes one new key between its new neighbours' keys, so a move rewrites one row and
 * never renumbers the list (an autosaved drag must be cheap, and two rows can never be half
 * renumbered after a crash).
 *
 * Keys are base-62 digit strings read as fractions in (0, 1): "V" is about one half, "k" about
 * two thirds. The alphabet is in ASCII order, so JavaScript's `<` and SQLite's default BINARY
 * collation (`ORDER BY position`) sort keys the same way. A key never ends in the smallest digit
 * "0": with that rule there is always room for another key between any two different keys.
 */

export const KEY_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = KEY_DIGITS.length;
const SMALLEST = KEY_DIGITS[0]!;
const LARGEST = KEY_DIGITS[BASE - 1]!;
const MIDDLE = KEY_DIGITS[Math.floor(BASE / 2)]!;

/**
 * Keys longer than this are replaced by evenly spread ones. Inserting again and again into the
 * same gap grows a key by one digit every ~6 inserts; respacing keeps keys short in the worst case.
 */
export const MAX_KEY_LENGTH = 24;

const KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function digit(char: string | undefined): number {
  return char === undefined ? 0 : KEY_DIGITS.indexOf(char);
}

/** The first key, for an empty list. */
export const FIRST_KEY = MIDDLE;

/** A key strictly between `before` and `after`; null means the start or the end of the list. */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && !isValidKey(before)) throw new RangeError(`Invalid ordering key ${JSON.stringify(before)}`);
  if (after !== null && !isValidKey(after)) throw new RangeError(`Invalid ordering key ${JSON.stringify(after)}`);
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`Ordering keys out of order: ${JSON.stringify(before)} ≥ ${JSON.stringify(after)}`);
  }
  if (before === null && after === null) return FIRST_KEY;
  if (after === null) return keyAfter(before!);
  if (before === null) return keyBefore(after);
  return midpoint(before, after);
}

/**
 * A key after `key`, as short as possible: bump the first digit that can be bumped. Appending
 * to a list (the common case) therefore adds a digit only once every few dozen appends.
 */
function keyAfter(key: string): string {
  for (let i = 0; i < key.length; i++) {
    if (key[i] !== LARGEST) return key.slice(0, i) + KEY_DIGITS[digit(key[i]) + 1];
  }
  return key + MIDDLE;
}

/** A key before `key`, as short as possible; mirrors keyAfter. */
function keyBefore(key: string): string {
  for (let i = 0; i < key.length; i++) {
    // Lowering to "0" would end the key with the smallest digit, which the rules forbid.
    if (digit(key[i]) > 1) return key.slice(0, i) + KEY_DIGITS[digit(key[i]) - 1];
  }
  return midpoint('', key);
}

/**
 * The digit string halfway between `low` and `high` (low < high; low may be "" for zero, high
 * may be null for one). After a shared prefix, pick a digit between the two first digits; when
 * they are adjacent, keep low's digit and go one level deeper.
 */
function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0;
    // A missing digit of `low` counts as "0": "A" and "A05" share the prefix "A0".
    while (shared < high.length && (low[shared] ?? SMALLEST) === high[shared]) shared++;
    if (shared > 0) return high.slice(0, shared) + midpoint(low.slice(shared), high.slice(shared));
  }
  const lowDigit = digit(low[0]);
  const highDigit = high === null ? BASE : digit(high[0]);
  if (highDigit - lowDigit > 1) return KEY_DIGITS[Math.round((lowDigit + highDigit) / 2)]!;
  // Adjacent digits: a longer `high` leaves room at its first digit alone ("A" < "Ab").
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return KEY_DIGITS[lowDigit] + midpoint(low.slice(1), null);
}

/** `count` short keys spread evenly over the whole range, for renumbering a list. */
export function spreadKeys(count: number): string[] {
  if (count <= 0) return [];
  let width = 1;
  while (BASE ** width - 1 < count + 1) width++;
  const slots = BASE ** width;
  const keys: string[] = [];
  for (let i = 1; i <= count; i++) {
    let value = Math.round((i * slots) / (count + 1));
    let key = '';
    for (let d = 0; d < width; d++) {
      key = KEY_DIGITS[value % BASE] + key;
      value = Math.floor(value / BASE);
    }
    keys.push(key.replace(/0+$/, ''));
  }
  return keys;
}

export interface Ordered {
  readonly id: string;
  readonly position: string;
}

/** A position to write: usually one item; the whole list when it had to be respaced. */
export interface KeyRewrite {
  readonly id: string;
  readonly position: string;
}

/** True when every key is valid and each is strictly greater than the one before. */
export function isStrictlyOrdered(items: readonly Ordered[]): boolean {
  return items.every((item, i) => isValidKey(item.position) && (i === 0 || items[i - 1]!.position < item.position));
}

/**
 * The rewrites that put item `id` at `toIndex` of the list (clamped to the list). `items` must
 * be the list in display order. Normally one rewrite; none when the item is already there; every
 * item, evenly respaced, when the stored keys were not a strict order (e.g. two equal keys from
 * a merged backup) or the new key would be longer than MAX_KEY_LENGTH.
 */
export function moveTo(items: readonly Ordered[], id: string, toIndex: number): KeyRewrite[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) throw new RangeError(`No item ${id} in the list`);
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)));
  if (!isStrictlyOrdered(items)) return respaced(items, from, target);
  if (target === from) return [];
  const others = items.filter((item) => item.id !== id);
  const before = others[target - 1]?.position ?? null;
  const after = others[target]?.position ?? null;
  const position = keyBetween(before, after);
  if (position.length > MAX_KEY_LENGTH) return respaced(items, from, target);
  return [{ id, position }];
}

export function moveUp(items: readonly Ordered[], id: string): KeyRewrite[] {
  return moveTo(items, id, items.findIndex((item) => item.id === id) - 1);
}

export function moveDown(items: readonly Ordered[], id: string): KeyRewrite[] {
  const index = items.findIndex((item) => item.id === id);
  return moveTo(items, id, index < 0 ? index : index + 1);
}

/** The key for a new item after every item of the list (in any order). */
export function keyAtEnd(items: readonly Ordered[]): string {
  let last: string | null = null;
  for (const { position } of items) if (isValidKey(position) && (last === null || position > last)) last = position;
  return keyBetween(last, null);
}

/**
 * Where a new item goes at the end of the list (items in display order): its key, plus the
 * rewrites of the existing items when the list had to be respaced first (keys not in strict
 * order, or the new key would be longer than MAX_KEY_LENGTH).
 */
export function planAppend(items: readonly Ordered[]): { readonly position: string; readonly rewrites: KeyRewrite[] } {
  const position = keyAtEnd(items);
  if (isStrictlyOrdered(items) && position.length <= MAX_KEY_LENGTH) return { position, rewrites: [] };
  const keys = spreadKeys(items.length + 1);
  return { position: keys.at(-1)!, rewrites: items.map((item, i) => ({ id: item.id, position: keys[i]! })) };
}

/** The whole list in its new order with fresh, evenly spread keys. */
function respaced(items: readonly Ordered[], from: number, to: number): KeyRewrite[] {
  const order = items.map((item) => item.id);
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  const keys = spreadKeys(order.length);
  return order.map((itemId, i) => ({ id: itemId, position: keys[i]! }));
}

/** Applies rewrites to a list and returns it in the order the keys give (ties by id). */
export function applyRewrites<T extends Ordered>(items: readonly T[], rewrites: readonly KeyRewrite[]): T[] {
  const byId = new Map(rewrites.map((r) => [r.id, r.position]));
  return items
    .map((item) => (byId.has(item.id) ? { ...item, position: byId.get(item.id)! } : item))
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
