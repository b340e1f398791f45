// Written by `cargo test -p leerteam-app` from src-tauri/src/commands.rs; do not edit.
import { invoke } from '@tauri-apps/api/core';
import type { ActionsFormat } from './ActionsFormat';
import type { BackupView } from './BackupView';
import type { BoardFilter } from './BoardFilter';
import type { Case } from './Case';
import type { CaseSummary } from './CaseSummary';
import type { CaseView } from './CaseView';
import type { ExperimentStatus } from './ExperimentStatus';
import type { FollowUpItem } from './FollowUpItem';
import type { Group } from './Group';
import type { HandoverKey } from './HandoverKey';
import type { HandoverPreview } from './HandoverPreview';
import type { LetterFormat } from './LetterFormat';
import type { MonitorView } from './MonitorView';
import type { NewCase } from './NewCase';
import type { NewCheckIn } from './NewCheckIn';
import type { Note } from './Note';
import type { OwnQuestion } from './OwnQuestion';
import type { Pins } from './Pins';
import type { Role } from './Role';
import type { RoomView } from './RoomView';
import type { Settings } from './Settings';
import type { StartInfo } from './StartInfo';
import type { StoryLang } from './StoryLang';
import type { StoryReview } from './StoryReview';
import type { StorySettings } from './StorySettings';
import type { TimerAction } from './TimerAction';

/** Every command of the app, typed as Rust declares it. */
export const commands = {
  appStart: () => invoke<StartInfo>('app_start'),
  pickVaultFolder: () => invoke<string | null>('pick_vault_folder'),
  createVault: (dir: string, passphrase: string) => invoke<string>('create_vault', { dir, passphrase }),
  saveRecoveryKey: () => invoke<boolean>('save_recovery_key'),
  confirmRecoveryKey: () => invoke<void>('confirm_recovery_key'),
  saveRecoverySheet: (lang: StoryLang) => invoke<boolean>('save_recovery_sheet', { lang }),
  sheetCheck: () => invoke<[number, number]>('sheet_check'),
  checkRecoverySheet: (answers: Array<[number, string]>) => invoke<boolean>('check_recovery_sheet', { answers }),
  replaceRecoveryKey: (passphrase: string) => invoke<string>('replace_recovery_key', { passphrase }),
  unlock: (dir: string, passphrase: string) => invoke<string>('unlock', { dir, passphrase }),
  recover: (dir: string, recoveryKey: string, newPassphrase: string) => invoke<string>('recover', { dir, recoveryKey, newPassphrase }),
  lock: () => invoke<void>('lock'),
  changePassphrase: (current: string, next: string) => invoke<void>('change_passphrase', { current, next }),
  setSettings: (settings: Settings) => invoke<Settings>('set_settings', { settings }),
  listCases: () => invoke<Array<CaseSummary>>('list_cases'),
  createCase: (case_: NewCase) => invoke<CaseView>('create_case', { case: case_ }),
  getCase: (id: string) => invoke<CaseView>('get_case', { id }),
  saveCase: (case_: Case) => invoke<CaseView>('save_case', { case: case_ }),
  storyReview: (id: string, lang: StoryLang) => invoke<StoryReview>('story_review', { id, lang }),
  exportStory: (id: string, lang: StoryLang) => invoke<CaseView | null>('export_story', { id, lang }),
  followUp: (filter: BoardFilter) => invoke<Array<FollowUpItem>>('follow_up', { filter }),
  recordCheckIn: (caseId: string, experimentId: number, checkIn: NewCheckIn) => invoke<CaseView>('record_check_in', { caseId, experimentId, checkIn }),
  decide: (caseId: string, experimentId: number, status: ExperimentStatus) => invoke<CaseView>('decide', { caseId, experimentId, status }),
  exportCalendar: (caseId: string | null, lang: StoryLang) => invoke<boolean>('export_calendar', { caseId, lang }),
  exportActions: (caseId: string | null, format: ActionsFormat, lang: StoryLang) => invoke<boolean>('export_actions', { caseId, format, lang }),
  backups: () => invoke<Array<BackupView>>('backups'),
  restoreBackup: (name: string) => invoke<Array<BackupView>>('restore_backup', { name }),
  retentionDays: () => invoke<number>('retention_days'),
  setRetentionDays: (days: number) => invoke<number>('set_retention_days', { days }),
  handoverKey: () => invoke<HandoverKey>('handover_key'),
  colleagues: () => invoke<Array<HandoverKey>>('colleagues'),
  addColleague: (label: string, key: string) => invoke<Array<HandoverKey>>('add_colleague', { label, key }),
  removeColleague: (label: string) => invoke<Array<HandoverKey>>('remove_colleague', { label }),
  sendCase: (caseId: string, to: string, withNotes: boolean, lang: StoryLang) => invoke<CaseView | null>('send_case', { caseId, to, withNotes, lang }),
  previewHandover: (lang: StoryLang) => invoke<HandoverPreview | null>('preview_handover', { lang }),
  receiveCase: () => invoke<CaseView>('receive_case'),
  setAsideHandover: () => invoke<void>('set_aside_handover'),
  invitationText: (caseId: string, role: Role, lang: StoryLang) => invoke<string>('invitation_text', { caseId, role, lang }),
  exportInvitation: (caseId: string, role: Role, lang: StoryLang, format: LetterFormat) => invoke<boolean>('export_invitation', { caseId, role, lang, format }),
  storySettings: () => invoke<StorySettings>('story_settings'),
  setStorySettings: (settings: StorySettings) => invoke<StorySettings>('set_story_settings', { settings }),
  openRoom: (caseId: string, sessionId: number, lang: StoryLang) => invoke<RoomView>('open_room', { caseId, sessionId, lang }),
  closeRoom: () => invoke<void>('close_room'),
  roomView: () => invoke<RoomView>('room_view'),
  roomSpeak: (participant: number | null) => invoke<RoomView>('room_speak', { participant }),
  roomCapture: (note: Note) => invoke<RoomView>('room_capture', { note }),
  roomPark: (text: string) => invoke<RoomView>('room_park', { text }),
  roomAsk: (key: string) => invoke<RoomView>('room_ask', { key }),
  roomUndo: () => invoke<RoomView>('room_undo'),
  roomPins: (pins: Pins) => invoke<RoomView>('room_pins', { pins }),
  roomBlank: (blank: boolean) => invoke<RoomView>('room_blank', { blank }),
  roomTimer: (action: TimerAction) => invoke<RoomView>('room_timer', { action }),
  monitors: () => invoke<Array<MonitorView>>('monitors'),
  openProjector: (monitor: number | null, fullscreen: boolean) => invoke<void>('open_projector', { monitor, fullscreen }),
  closeProjector: () => invoke<void>('close_projector'),
  plantParked: (caseId: string, fixId: number) => invoke<CaseView>('plant_parked', { caseId, fixId }),
  groundRules: (lang: StoryLang) => invoke<Array<string>>('ground_rules', { lang }),
  setGroundRules: (rules: Array<string>, lang: StoryLang) => invoke<Array<string>>('set_ground_rules', { rules, lang }),
  ownQuestions: () => invoke<Array<OwnQuestion>>('own_questions'),
  setOwnQuestions: (texts: Array<string>) => invoke<Array<OwnQuestion>>('set_own_questions', { texts }),
  addPracticeCase: (lang: StoryLang) => invoke<CaseView>('add_practice_case', { lang }),
  importPracticePack: (lang: StoryLang) => invoke<CaseView | null>('import_practice_pack', { lang }),
  saveRoleCards: (caseId: string, lang: StoryLang) => invoke<boolean>('save_role_cards', { caseId, lang }),
  saveObserverSheets: (caseId: string, trainees: number, round: number, lang: StoryLang) => invoke<boolean>('save_observer_sheets', { caseId, trainees, round, lang }),
  trainingGroups: (trainees: number) => invoke<Array<Group>>('training_groups', { trainees }),
};
