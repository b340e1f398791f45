// The app's first question to Rust, asked while the rest of the code is still being evaluated:
// main.ts imports this module before anything else, so Rust's answer is on its way by the time the
// first screen is mounted. Start-up is what a facilitator waits for every time.
import type { StartInfo } from '../bindings/StartInfo';
import { api } from './api';

export const earlyStart: Promise<StartInfo> = api.appStart();
