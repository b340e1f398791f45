// Typed calls into the Rust commands. The types come from ts-rs (src/bindings), generated from the Rust.
import { invoke } from '@tauri-apps/api/core';
import type { Case } from '../bindings/Case';
import type { CaseSummary } from '../bindings/CaseSummary';
import type { CaseView } from '../bindings/CaseView';
import type { IpcError } from '../bindings/IpcError';
import type { NewCase } from '../bindings/NewCase';
import type { Settings } from '../bindings/Settings';
import type { StartInfo } from '../bindings/StartInfo';

export type { Case, CaseSummary, CaseView, IpcError, NewCase, Settings, StartInfo };

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

export const api = {
  appStart: () => invoke<StartInfo>('app_start'),
  pickVaultFolder: () => invoke<string | null>('pick_vault_folder'),
  createVault: (dir: string, passphrase: string) => invoke<string>('create_vault', { dir, passphrase }),
  saveRecoveryKey: () => invoke<boolean>('save_recovery_key'),
  confirmRecoveryKey: () => invoke<void>('confirm_recovery_key'),
  unlock: (dir: string, passphrase: string) => invoke<string>('unlock', { dir, passphrase }),
  recover: (dir: string, recoveryKey: string, newPassphrase: string) =>
    invoke<string>('recover', { dir, recoveryKey, newPassphrase }),
  lock: () => invoke<void>('lock'),
  changePassphrase: (current: string, next: string) => invoke<void>('change_passphrase', { current, new: next }),
  setSettings: (settings: Settings) => invoke<Settings>('set_settings', { settings }),
  listCases: () => invoke<CaseSummary[]>('list_cases'),
  createCase: (c: NewCase) => invoke<CaseView>('create_case', { case: c }),
  getCase: (id: string) => invoke<CaseView>('get_case', { id }),
  saveCase: (c: Case) => invoke<CaseView>('save_case', { case: c }),
};
