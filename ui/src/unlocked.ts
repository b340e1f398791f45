// The screens behind the unlock, in a chunk of their own. A facilitator waits for the unlock screen
// at every start, and none of these is needed before the vault is open: App loads them once the first
// screen is on, well before scrypt has finished the unlock.
export { default as Header } from './screens/Header.svelte';
export { default as Cases } from './screens/Cases.svelte';
export { default as Board } from './screens/Board.svelte';
export { default as Workspace } from './screens/Workspace.svelte';
export { default as Settings } from './screens/Settings.svelte';
export { default as SessionRoom } from './screens/SessionRoom.svelte';
