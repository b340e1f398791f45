// Typed calls into the Rust commands. The types come from ts-rs (src/bindings), generated from the Rust.
import { invoke } from '@tauri-apps/api/core';
import type { Case } from '../bindings/Case';
import type { CaseSummary } from '../bindings/CaseSummary';
import type { CaseView } from '../bindings/CaseView';
import type { IpcError } from '../bindings/IpcError';
import type { NewCase } from '../bindings/NewCase';
import type { Settings } from '../bindings/Settings';
import type { StartInfo } from '../bindings/StartInfo';
import type { StoryLang } from '../bindings/StoryLang';
import type { StoryReview } from '../bindings/StoryReview';
import type { StorySettings } from '../bindings/StorySettings';
import type { PrivacyFinding } from '../bindings/PrivacyFinding';

export type { Case, CaseSummary, CaseView, IpcError, PrivacyFinding, NewCase, Settings, StartInfo, StoryLang, StoryReview, StorySettings };

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
  storyReview: (id: string, lang: StoryLang) => invoke<StoryReview>('story_review', { id, lang }),
  /** Opens the save dialog (from Rust) and writes the PDF; null when cancelled. */
  exportStory: (id: string, lang: StoryLang) => invoke<CaseView | null>('export_story', { id, lang }),
  storySettings: () => invoke<StorySettings>('story_settings'),
  setStorySettings: (settings: StorySettings) => invoke<StorySettings>('set_story_settings', { settings }),
};
