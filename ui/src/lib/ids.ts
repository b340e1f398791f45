/** The next free local id in a list of things with ids (ids are per case, see docs/case-json.md). */
export function nextId(items: { id: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.id), 0) + 1;
}
