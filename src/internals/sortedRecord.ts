/**
 * A Map's entries as a plain object with sorted keys. Defined, not assigned: a variable may be called
 * "__proto__", which assignment would turn into a prototype change and lose.
 */
export function sortedRecord(entries: ReadonlyMap<string, number>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const key of [...entries.keys()].sort()) {
    const value = entries.get(key)!;
    Object.defineProperty(sorted, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}
