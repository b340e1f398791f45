// The Rust commands, typed: the wrappers (src/bindings/commands.ts) and the types (ts-rs) are both
// generated from the Rust by `cargo test`, so a command's arguments cannot drift from its code.
import type { ActionsFormat } from '../bindings/ActionsFormat';
import type { BackupView } from '../bindings/BackupView';
import type { BoardFilter } from '../bindings/BoardFilter';
import type { Case } from '../bindings/Case';
import type { CaseSummary } from '../bindings/CaseSummary';
import type { CaseView } from '../bindings/CaseView';
import type { ErrorCode } from '../bindings/errorCodes';
import type { ExperimentStatus } from '../bindings/ExperimentStatus';
import type { FollowUpItem } from '../bindings/FollowUpItem';
import type { HandoverKey } from '../bindings/HandoverKey';
import type { HandoverPreview } from '../bindings/HandoverPreview';
import type { IpcError } from '../bindings/IpcError';
import type { LetterFormat } from '../bindings/LetterFormat';
import type { NewCase } from '../bindings/NewCase';
import type { NewCheckIn } from '../bindings/NewCheckIn';
import type { PrivacyFinding } from '../bindings/PrivacyFinding';
import type { Role } from '../bindings/Role';
import type { Settings } from '../bindings/Settings';
import type { StartInfo } from '../bindings/StartInfo';
import type { StoryLang } from '../bindings/StoryLang';
import type { StoryReview } from '../bindings/StoryReview';
import type { StorySettings } from '../bindings/StorySettings';
import type { Group } from '../bindings/Group';
import type { MonitorView } from '../bindings/MonitorView';
import type { Note } from '../bindings/Note';
import type { NoteTag } from '../bindings/NoteTag';
import type { OwnQuestion } from '../bindings/OwnQuestion';
import type { Pins } from '../bindings/Pins';
import type { ProjectorView } from '../bindings/ProjectorView';
import type { RoomClock } from '../bindings/RoomClock';
import type { RoomView } from '../bindings/RoomView';
import type { TimerAction } from '../bindings/TimerAction';
import { commands } from '../bindings/commands';

export type {
  ActionsFormat,
  BackupView,
  BoardFilter,
  Case,
  CaseSummary,
  CaseView,
  ErrorCode,
  ExperimentStatus,
  FollowUpItem,
  HandoverKey,
  HandoverPreview,
  IpcError,
  LetterFormat,
  PrivacyFinding,
  Role,
  NewCase,
  NewCheckIn,
  Settings,
  StartInfo,
  StoryLang,
  StoryReview,
  StorySettings,
  Group,
  MonitorView,
  Note,
  NoteTag,
  OwnQuestion,
  Pins,
  ProjectorView,
  RoomClock,
  RoomView,
  TimerAction,
};

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

export const api = commands;
