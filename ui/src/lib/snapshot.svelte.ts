/** A plain copy of reactive state, for IPC or to keep: Svelte's `$state.snapshot`, typed as the
 * state it copies (TypeScript gives up on the deep `Snapshot<Case>` type). */
export function snapshot<T>(value: T): T {
  return $state.snapshot(value) as T;
}
