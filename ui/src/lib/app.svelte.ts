// The app's state and its use cases, apart from the screens so that it can be tested with the IPC mocked.
import {
  api as realApi,
  isIpcError,
  type Case,
  type CaseSummary,
  type CaseView,
  type NewCase,
  type Settings,
  type StartInfo,
  type StoryLang,
  type StorySettings,
  type BoardFilter,
  type ExperimentStatus,
  type FollowUpItem,
  type NewCheckIn,
  type LetterFormat,
  type ActionsFormat,
  type HandoverPreview,
  type Role,
} from './api';
import { RoomModel } from './room.svelte';
import { i18n, systemLanguage, type Language } from './i18n.svelte';

export type Screen = 'loading' | 'welcome' | 'create' | 'recovery-key' | 'unlock' | 'recover' | 'cases' | 'board' | 'case' | 'settings' | 'room';
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; error: string };

/** A rough hint, not a guarantee: length counts most, variety of characters a little. Below `min`
 * (the vault's rule, from Rust) it is weak; Rust refuses it when it is submitted. */
export function passphraseStrength(passphrase: string, min: number): 'weak' | 'fair' | 'strong' {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const score = passphrase.length + 2 * kinds + (passphrase.includes(' ') ? 4 : 0);
  if ([...passphrase].length < min) return 'weak';
  return score >= 24 ? 'strong' : 'fair';
}

/** The translation key for an error from the backend or from a check here. */
export function errorKey(error: unknown): string {
  return isIpcError(error) ? `error.${error.code}` : 'error.unknown';
}

type Timers = { set: (f: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
const browserTimers: Timers = {
  set: (f, ms) => setTimeout(f, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class AppModel {
  screen = $state<Screen>('loading');
  vaultDir = $state('');
  defaultDir = $state('');
  /** The field a refused change is about, as Rust names it ("experiments[0].status"). */
  errorPath = $state<string | null>(null);
  /** The fewest characters a new passphrase may have: the vault crate's rule. */
  minPassphrase = $state(10);
  vaultExists = $state(false);
  settings = $state<Settings>({ vault_dir: null, language: null, idle_minutes: 10 });
  recoveryKey = $state<string | null>(null);
  cases = $state<CaseSummary[]>([]);
  /** The follow-up board as Rust made it (overdue first), and the filter it was made with. */
  board = $state<FollowUpItem[]>([]);
  boardFilter = $state<BoardFilter>({ kind: 'all' });
  current = $state<CaseView | null>(null);
  /** A hand-over file opened and checked by Rust, shown before it is added. */
  handover = $state<HandoverPreview | null>(null);
  /** Session mode: the meeting in the room (room.svelte.ts). */
  session = new RoomModel(this);
  save = $state<SaveState>({ kind: 'idle' });
  /** How many writes the backend reported since start; lets tests and screen readers tell a new save. */
  saves = $state(0);
  /** Translation key of the error to show on the current screen. */
  error = $state<string | null>(null);
  busy = $state(false);
  private idle: unknown = null;

  constructor(
    readonly api = realApi,
    private timers: Timers = browserTimers,
    private languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  ) {}

  /** `started`: Rust's answer when it was asked for before the model existed (main.ts). */
  async start(started?: Promise<StartInfo>) {
    const info = await (started ?? this.api.appStart());
    this.vaultDir = info.vault_dir;
    this.defaultDir = info.default_dir;
    this.minPassphrase = info.min_passphrase_chars;
    this.vaultExists = info.vault_exists;
    this.settings = info.settings;
    i18n.language = (info.settings.language as Language | null) ?? systemLanguage(this.languages);
    this.screen = info.vault_exists ? 'unlock' : 'welcome';
  }

  go(screen: Screen) {
    this.error = null;
    this.screen = screen;
  }

  async chooseFolder() {
    const picked = await this.run(() => this.api.pickVaultFolder());
    if (picked) this.vaultDir = picked;
    return picked;
  }

  async openOtherVault() {
    const picked = await this.chooseFolder();
    if (picked) this.go('unlock');
  }

  async createVault(passphrase: string, repeat: string) {
    if (passphrase !== repeat) return this.fail('error.passphrases_differ');
    const key = await this.run(() => this.api.createVault(this.vaultDir, passphrase));
    if (key === undefined) return;
    this.recoveryKey = key;
    this.vaultExists = true;
    this.go('recovery-key');
  }

  async saveRecoveryKey() {
    return (await this.run(() => this.api.saveRecoveryKey())) ?? false;
  }

  /** Save dialog and the printable recovery sheet (PDF with QR code). False if cancelled. */
  async saveRecoverySheet() {
    const lang: StoryLang = i18n.language;
    return (await this.run(() => this.api.saveRecoverySheet(lang))) ?? false;
  }

  /** The two group numbers the sheet's check asks for, chosen by Rust. */
  async sheetCheck() {
    return this.run(() => this.api.sheetCheck());
  }

  /** Whether the groups typed from the printed sheet are the key's. */
  async checkRecoverySheet(answers: [number, string][]) {
    return (await this.run(() => this.api.checkRecoverySheet(answers))) ?? false;
  }

  /** A new recovery key in place of the old one (the passphrase is asked), shown like a new vault's. */
  async replaceRecoveryKey(passphrase: string) {
    const key = await this.changing(() => this.api.replaceRecoveryKey(passphrase));
    if (key === undefined) return false;
    this.recoveryKey = key;
    this.go('recovery-key');
    return true;
  }

  async confirmRecoveryKey() {
    await this.run(() => this.api.confirmRecoveryKey());
    this.recoveryKey = null;
    await this.showCases();
  }

  async unlock(passphrase: string) {
    const savedAt = await this.run(() => this.api.unlock(this.vaultDir, passphrase));
    if (savedAt === undefined) return;
    this.save = { kind: 'saved', at: savedAt };
    await this.showStart();
  }

  async recover(recoveryKey: string, passphrase: string, repeat: string) {
    if (passphrase !== repeat) return this.fail('error.passphrases_differ');
    const savedAt = await this.run(() => this.api.recover(this.vaultDir, recoveryKey, passphrase));
    if (savedAt === undefined) return;
    this.save = { kind: 'saved', at: savedAt };
    await this.showStart();
  }

  /** Asks the backend to write what is pending and drop its keys and data, then forgets everything
   * the UI knows of the vault. If the pending write fails the vault stays open, with the reason shown:
   * locking must not lose a change. */
  async lock() {
    this.stopIdleTimer();
    const locked = await this.run(async () => {
      await this.api.lock();
      return true;
    });
    if (!locked) {
      this.save = { kind: 'failed', error: this.error ?? 'error.unknown' };
      return;
    }
    this.forget();
    this.error = null;
  }

  async showCases() {
    const cases = await this.run(() => this.api.listCases());
    if (cases !== undefined) this.showList(cases);
  }

  private showList(cases: CaseSummary[]) {
    this.cases = cases;
    this.current = null;
    this.go('cases');
    this.activity();
  }

  /** After unlocking: the follow-up board when a review is overdue (Rust counts them per case), else the cases. */
  async showStart() {
    const cases = await this.run(() => this.api.listCases());
    if (cases === undefined) return;
    if (cases.some((c) => c.overdue_reviews > 0)) return this.showBoard({ kind: 'overdue' });
    this.showList(cases);
  }

  async showBoard(filter: BoardFilter = this.boardFilter) {
    const items = await this.run(() => this.api.followUp(filter));
    if (items === undefined) return;
    this.board = items;
    this.boardFilter = filter;
    this.current = null;
    this.go('board');
    this.activity();
  }

  /** A check-in recorded from the board; the board is made again. */
  async recordCheckIn(item: FollowUpItem, checkIn: NewCheckIn) {
    const view = await this.changing(() => this.api.recordCheckIn(item.case_id, item.experiment_id, checkIn));
    if (view) await this.refreshBoard();
    return view !== undefined;
  }

  /** A decision recorded from the board, if the method allows it (Rust decides). */
  async decide(item: FollowUpItem, status: ExperimentStatus) {
    const view = await this.changing(() => this.api.decide(item.case_id, item.experiment_id, status));
    if (view) await this.refreshBoard();
    return view !== undefined;
  }

  /** Save dialog and calendar file of one case, or of every open review (null). False if cancelled. */
  async exportCalendar(caseId: string | null) {
    const lang: StoryLang = i18n.language;
    return (await this.run(() => this.api.exportCalendar(caseId, lang))) ?? false;
  }

  async backups() {
    return this.run(() => this.api.backups());
  }

  /** Brings back a backup (the state before becomes one too); the lists are read again. */
  async restoreBackup(name: string) {
    const listed = await this.run(() => this.api.restoreBackup(name));
    if (listed === undefined) return undefined;
    this.save = { kind: 'saved', at: new Date().toISOString() };
    const cases = await this.run(() => this.api.listCases());
    if (cases) this.cases = cases;
    return listed;
  }

  async retentionDays() {
    return this.run(() => this.api.retentionDays());
  }

  async setRetentionDays(days: number) {
    return this.changing(() => this.api.setRetentionDays(days));
  }

  async handoverKey() {
    return this.run(() => this.api.handoverKey());
  }

  async colleagues() {
    return this.run(() => this.api.colleagues());
  }

  /** Keeps a colleague's hand-over key under a label; Rust checks both. The list as stored, or undefined. */
  async addColleague(label: string, key: string) {
    return this.changing(() => this.api.addColleague(label, key));
  }

  async removeColleague(label: string) {
    return this.changing(() => this.api.removeColleague(label));
  }

  /** Save dialog and the hand-over file of a case for a colleague (label or key). False if cancelled. */
  async sendCase(caseId: string, to: string, withNotes: boolean) {
    const lang: StoryLang = i18n.language;
    const view = await this.changing(() => this.api.sendCase(caseId, to, withNotes, lang));
    if (!view) return false;
    this.current = view;
    return true;
  }

  /** Open dialog and the preview of a hand-over file: the case and its privacy scan, nothing added. */
  async previewHandover() {
    const lang: StoryLang = i18n.language;
    const preview = await this.run(() => this.api.previewHandover(lang));
    this.handover = preview ?? null;
    return preview != null;
  }

  /** Adds the previewed hand-over as a new case and opens it. */
  async receiveHandover() {
    const view = await this.changing(() => this.api.receiveCase());
    if (!view) return false;
    this.handover = null;
    this.current = view;
    this.go('case');
    return true;
  }

  async setAsideHandover() {
    this.handover = null;
    await this.run(() => this.api.setAsideHandover());
  }

  /** Save dialog and the action list of one case, or of the whole board (null). False if cancelled. */
  async exportActions(caseId: string | null, format: ActionsFormat) {
    const lang: StoryLang = i18n.language;
    return (await this.run(() => this.api.exportActions(caseId, format, lang))) ?? false;
  }

  /** The invitation for one role of a case as plain text, in the app's language. */
  async invitationText(caseId: string, role: Role) {
    const lang: StoryLang = i18n.language;
    return this.run(() => this.api.invitationText(caseId, role, lang));
  }

  /** Save dialog and the invitation for one role as PDF or text. False if cancelled. */
  async exportInvitation(caseId: string, role: Role, format: LetterFormat) {
    const lang: StoryLang = i18n.language;
    return (await this.run(() => this.api.exportInvitation(caseId, role, lang, format))) ?? false;
  }

  /** Phase 5: a parked fix becomes a planned experiment of the current case. */
  async plantParked(fixId: number) {
    if (!this.current) return;
    const caseId = this.current.case.id;
    const view = await this.changing(() => this.api.plantParked(caseId, fixId));
    if (view) this.current = view;
  }

  async groundRules() {
    const lang: StoryLang = i18n.language;
    return this.run(() => this.api.groundRules(lang));
  }

  async setGroundRules(rules: string[]) {
    const lang: StoryLang = i18n.language;
    return this.changing(() => this.api.setGroundRules(rules, lang));
  }

  async ownQuestions() {
    return this.run(() => this.api.ownQuestions());
  }

  async setOwnQuestions(texts: string[]) {
    return this.changing(() => this.api.setOwnQuestions(texts));
  }

  /** The built-in practice pack as a new practice case, opened. */
  async addPracticeCase() {
    const lang: StoryLang = i18n.language;
    const view = await this.changing(() => this.api.addPracticeCase(lang));
    if (!view) return;
    this.current = view;
    this.go('case');
  }

  /** Open dialog and a trainer's pack as a practice case; stays put when cancelled. */
  async importPracticePack() {
    const lang: StoryLang = i18n.language;
    const view = await this.run(() => this.api.importPracticePack(lang));
    if (!view) return;
    this.save = { kind: 'saving' };
    this.current = view;
    this.go('case');
  }

  async saveRoleCards() {
    if (!this.current) return false;
    const [caseId, lang] = [this.current.case.id, i18n.language as StoryLang];
    return (await this.run(() => this.api.saveRoleCards(caseId, lang))) ?? false;
  }

  async saveObserverSheets(trainees: number, round: number) {
    if (!this.current) return false;
    const [caseId, lang] = [this.current.case.id, i18n.language as StoryLang];
    return (await this.run(() => this.api.saveObserverSheets(caseId, trainees, round, lang))) ?? false;
  }

  async trainingGroups(trainees: number) {
    return this.run(() => this.api.trainingGroups(trainees));
  }

  private async refreshBoard() {
    const items = await this.run(() => this.api.followUp(this.boardFilter));
    if (items !== undefined) this.board = items;
  }

  async openCase(id: string) {
    const found = await this.run(() => this.api.getCase(id));
    if (found === undefined) return;
    this.current = found;
    this.go('case');
  }

  async createCase(fields: NewCase) {
    const view = await this.changing(() => this.api.createCase(fields));
    if (!view) return;
    this.current = view;
    this.go('case');
  }

  /** Stores the edited case. A refused edit keeps what was typed on screen, with the reason. */
  async saveCase(edited: Case) {
    const view = await this.changing(() => this.api.saveCase(edited));
    if (view) this.current = view;
    return view !== undefined;
  }

  /** The privacy scan of the current case's story, and the story as it would leave the vault. */
  async storyReview(lang: StoryLang) {
    if (!this.current) return undefined;
    const id = this.current.case.id;
    return this.run(() => this.api.storyReview(id, lang));
  }

  /** Save dialog, PDF, export recorded with the case. Returns the file name, or null if cancelled. */
  async exportStory(lang: StoryLang): Promise<string | null | undefined> {
    if (!this.current) return undefined;
    const id = this.current.case.id;
    const before = this.current.case.story.review.exports.length;
    const view = await this.run(() => this.api.exportStory(id, lang));
    if (!view) return view;
    this.current = view;
    this.save = { kind: 'saving' };
    this.activity();
    return view.case.story.review.exports[before]?.file_name ?? null;
  }

  async storySettings() {
    return this.run(() => this.api.storySettings());
  }

  async saveStorySettings(settings: StorySettings) {
    return this.changing(() => this.api.setStorySettings(settings));
  }

  /** The backend wrote the vault (event from its saver thread). A late report for an earlier change does not hide a refused one: what is on screen is not stored
   * until the next accepted change. */
  markSaved(at: string) {
    if (this.save.kind !== 'failed') this.save = { kind: 'saved', at };
    this.saves += 1;
  }

  markSaveFailed(error: unknown) {
    this.save = { kind: 'failed', error: errorKey(error) };
  }

  async changePassphrase(current: string, next: string, repeat: string) {
    if (next !== repeat) return this.fail('error.passphrases_differ');
    const done = await this.run(() => this.api.changePassphrase(current, next));
    return done !== undefined;
  }

  async updateSettings(changes: Partial<Settings>) {
    const stored = await this.run(() => this.api.setSettings({ ...this.settings, ...changes }));
    if (stored === undefined) return;
    this.settings = stored;
    if (stored.language) i18n.language = stored.language as Language;
    this.activity();
  }

  /** Any keypress or click: the auto-lock starts counting again. */
  activity() {
    if (this.screen === 'loading' || this.screen === 'welcome' || this.screen === 'unlock' || this.screen === 'recover' || this.screen === 'create') return;
    // While a new recovery key is shown a lock would lose it for good (it exists nowhere else yet):
    // the facilitator may be at the printer. The timer starts again when the screen is left.
    if (this.screen === 'recovery-key') return this.stopIdleTimer();
    // In session mode the facilitator listens for long stretches without typing; a lock then would
    // stop the meeting. The room's own lock button stays, and leaving the room starts the timer.
    if (this.screen === 'room') return this.stopIdleTimer();
    this.stopIdleTimer();
    this.idle = this.timers.set(() => void this.lock(), this.settings.idle_minutes * 60_000);
  }

  /** Everything the UI knows of an open vault, gone: after a lock, or when the backend says locked. */
  private forget() {
    this.cases = [];
    this.board = [];
    this.current = null;
    this.handover = null;
    this.session.forget();
    this.recoveryKey = null;
    this.save = { kind: 'idle' };
    this.stopIdleTimer();
    this.screen = 'unlock';
  }

  private stopIdleTimer() {
    if (this.idle !== null) this.timers.clear(this.idle);
    this.idle = null;
  }

  private fail(key: string) {
    this.error = key;
  }

  /** Runs a call; on failure shows its error and returns undefined. */
  async run<T>(call: () => Promise<T>): Promise<T | undefined> {
    this.error = null;
    this.errorPath = null;
    this.busy = true;
    try {
      return await call();
    } catch (e) {
      this.error = errorKey(e);
      this.errorPath = isIpcError(e) ? (e.path ?? null) : null;
      if (isIpcError(e) && e.code === 'locked') this.forget();
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** A change: in memory at once, on disk when the backend reports it saved (markSaved). */
  /** The change sent last. The next one waits for its answer: changes reach Rust one at a time and
   * in the order they were made, since two in flight could be applied the other way round (a
   * restored item stored as removed). */
  private lastChange: Promise<unknown> = Promise.resolve();

  async changing<T>(call: () => Promise<T>): Promise<T | undefined> {
    const mine = this.lastChange.then(() => this.run(call));
    this.lastChange = mine;
    const result = await mine;
    this.save = result === undefined ? { kind: 'failed', error: this.error ?? 'error.unknown' } : { kind: 'saving' };
    this.activity();
    return result;
  }
}
