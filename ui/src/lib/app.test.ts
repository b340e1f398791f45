import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppModel, passphraseStrength } from './app.svelte';

type Calls = { cmd: string; args: Record<string, unknown> }[];

const summary = { id: 'c1', kind: 'incident', title: 'Val', ward: '', event_date: null, phase: 'goal_and_scope', status: 'active', updated_at: '2026-11-23T13:03:00Z', overdue_reviews: 0 };
const caseRecord = { ...summary, created_at: '2026-11-23T13:03:00Z' };
const facts = { phase_number: 1, processing_days: null, processing: 'no_dates', next_review: null, overdue_reviews: 0, experiments: [] };

/** A fake backend: answers like the Rust commands, records every call. */
function backend(overrides: Record<string, (args: Record<string, unknown>) => unknown> = {}): Calls {
  const calls: Calls = [];
  const handlers: Record<string, (args: Record<string, unknown>) => unknown> = {
    app_start: () => ({ vault_dir: '/v', default_dir: '/v', vault_exists: true, settings: { vault_dir: null, language: 'en', idle_minutes: 10 }, min_passphrase_chars: 10 }),
    unlock: (a) => {
      if (a.passphrase !== 'correct horse battery') throw { code: 'wrong_passphrase', message: 'wrong passphrase' };
      return '2026-11-23T13:00:00Z';
    },
    list_cases: () => [summary],
    lock: () => null,
    // The vault crate's rule, as the command answers it.
    create_vault: (a) => {
      if ((a.passphrase as string).length < 10) throw { code: 'passphrase_too_short', message: 'the passphrase needs at least 10 characters' };
      return 'AGE-SECRET-KEY-1TEST';
    },
    confirm_recovery_key: () => null,
    create_case: () => ({ case: caseRecord, open_items: [], suggested_phase: 'goal_and_scope', facts }),
    save_case: (a) => {
      if ((a.case as { title: string }).title === '') throw { code: 'required', message: 'the case is not valid: title: is required', path: 'title' };
      if ((a.case as { title: string }).title === 'skip') throw { code: 'status_change', message: 'experiments[0].status: cannot go from planned to adopted', path: 'experiments[0].status' };
      return { case: a.case, open_items: [], suggested_phase: 'goal_and_scope', facts };
    },
    ...overrides,
  };
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    const handler = handlers[cmd];
    if (!handler) throw new Error(`unexpected command ${cmd}`);
    return handler((args ?? {}) as Record<string, unknown>);
  });
  return calls;
}

class FakeTimers {
  pending: { f: () => void; ms: number; id: number }[] = [];
  private next = 1;
  set = (f: () => void, ms: number) => {
    const id = this.next++;
    this.pending.push({ f, ms, id });
    return id;
  };
  clear = (id: unknown) => {
    this.pending = this.pending.filter((p) => p.id !== id);
  };
  fire() {
    const due = this.pending;
    this.pending = [];
    due.forEach((p) => p.f());
  }
}

describe('the app model', () => {
  let timers: FakeTimers;
  beforeEach(() => (timers = new FakeTimers()));
  afterEach(() => clearMocks());

  it('exports the story of the open case and shows the file name; a cancelled dialog changes nothing', async () => {
    const review = { decisions: [], hidden_names: [], exports: [] as { file_name: string }[] };
    const open = { case: { ...caseRecord, story: { text: '', audience: '', asks: '', review } }, open_items: [], suggested_phase: 'story' };
    let cancel = true;
    const calls = backend({
      get_case: () => open,
      export_story: () => {
        if (cancel) return null;
        const exports = [{ at: '2026-11-23T13:05:00Z', file_name: 'leerverhaal-2026-11-23.pdf', lang: 'nl', kept: [] }];
        return { ...open, case: { ...open.case, story: { ...open.case.story, review: { ...review, exports } } } };
      },
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.openCase('c1');
    expect(await app.exportStory('nl')).toBeNull();
    expect(app.current?.case.story.review.exports).toHaveLength(0);
    cancel = false;
    expect(await app.exportStory('en')).toBe('leerverhaal-2026-11-23.pdf');
    expect(app.current?.case.story.review.exports).toHaveLength(1);
    expect(app.save.kind).toBe('saving');
    expect(calls.filter((c) => c.cmd === 'export_story').map((c) => c.args)).toEqual([
      { id: 'c1', lang: 'nl' },
      { id: 'c1', lang: 'en' },
    ]);
  });

  it('a refused story setting shows its translated reason', async () => {
    backend({ set_story_settings: () => { throw { code: 'bad_pattern', message: 'not a valid regular expression' }; } });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(await app.saveStorySettings({ organisation: '', record_patterns: ['(unclosed'], letterhead: '', support_contact: '' })).toBeUndefined();
    expect(app.error).toBe('error.bad_pattern');
  });

  it('opens on the unlock screen when a vault exists, else on the welcome screen', async () => {
    backend();
    const app = new AppModel(undefined, timers, ['nl-NL']);
    await app.start();
    expect(app.screen).toBe('unlock');
    backend({ app_start: () => ({ vault_dir: '/new', default_dir: '/new', vault_exists: false, settings: { vault_dir: null, language: null, idle_minutes: 10 }, min_passphrase_chars: 10 }) });
    const fresh = new AppModel(undefined, timers, ['nl-NL']);
    await fresh.start();
    expect(fresh.screen).toBe('welcome');
    expect(fresh.vaultDir).toBe('/new');
  });

  it('a wrong passphrase shows a clear error and keeps the unlock screen', async () => {
    const calls = backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('wrong');
    expect(app.screen).toBe('unlock');
    expect(app.error).toBe('error.wrong_passphrase');
    await app.unlock('correct horse battery');
    expect(app.screen).toBe('cases');
    expect(app.error).toBeNull();
    expect(app.cases).toHaveLength(1);
    expect(app.save).toEqual({ kind: 'saved', at: '2026-11-23T13:00:00Z' });
    expect(calls.filter((c) => c.cmd === 'unlock').map((c) => c.args.dir)).toEqual(['/v', '/v']);
  });

  it('locking clears what the UI holds and asks the backend to drop its keys', async () => {
    const calls = backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.openCase('c1').catch(() => undefined);
    await app.lock();
    expect(app.screen).toBe('unlock');
    expect(app.cases).toEqual([]);
    expect(app.current).toBeNull();
    expect(calls.at(-1)?.cmd).toBe('lock');
  });

  it('stays open with the reason when the pending change cannot be written at lock', async () => {
    backend({ lock: () => { throw { code: 'changed_on_disk', message: 'changed on disk' }; } });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.lock();
    expect(app.screen).toBe('cases');
    expect(app.cases).toHaveLength(1);
    expect(app.save).toEqual({ kind: 'failed', error: 'error.changed_on_disk' });
  });

  it('locks by itself after the idle minutes, and activity starts the count again', async () => {
    const calls = backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(timers.pending).toHaveLength(1);
    expect(timers.pending[0].ms).toBe(10 * 60_000);
    app.activity();
    expect(timers.pending).toHaveLength(1);
    timers.fire();
    await new Promise((r) => setTimeout(r, 0)); // let the lock call answer
    expect(app.screen).toBe('unlock');
    expect(calls.some((c) => c.cmd === 'lock')).toBe(true);
  });

  it('refuses a mistyped passphrase itself and shows the backend\'s reason for a short one', async () => {
    const calls = backend();
    const app = new AppModel(undefined, timers);
    await app.createVault('a long enough one', 'a long enough two');
    expect(app.error).toBe('error.passphrases_differ');
    expect(calls).toHaveLength(0);
    // The length rule lives in Rust: the UI sends it and shows the refusal, translated.
    await app.createVault('short', 'short');
    expect(app.error).toBe('error.passphrase_too_short');
    expect(app.screen).not.toBe('recovery-key');
    await app.createVault('a long enough one', 'a long enough one');
    expect(app.screen).toBe('recovery-key');
    expect(app.recoveryKey).toBe('AGE-SECRET-KEY-1TEST');
    await app.confirmRecoveryKey();
    expect(app.recoveryKey).toBeNull();
    expect(app.screen).toBe('cases');
  });

  it('shows "saving" after a change until the backend reports the write, and a refused change with its reason', async () => {
    backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.createCase({ kind: 'incident', title: 'Val', ward: '', event_date: null });
    expect(app.screen).toBe('case');
    expect(app.save).toEqual({ kind: 'saving' });
    app.markSaved('2026-11-23T13:05:00Z');
    expect(app.save).toEqual({ kind: 'saved', at: '2026-11-23T13:05:00Z' });
    const edited = { ...app.current!.case, title: 'Val in de nacht' };
    expect(await app.saveCase(edited)).toBe(true);
    expect(app.current?.case.title).toBe('Val in de nacht');
    expect(await app.saveCase({ ...edited, title: '' })).toBe(false);
    expect(app.save).toEqual({ kind: 'failed', error: 'error.required' });
    expect(app.error).toBe('error.required');
    expect(app.current?.case.title).toBe('Val in de nacht');
    app.markSaved('2026-11-23T13:06:00Z'); // the write of the earlier, accepted change
    expect(app.save).toEqual({ kind: 'failed', error: 'error.required' });
    expect(await app.saveCase(edited)).toBe(true);
    expect(app.save).toEqual({ kind: 'saving' });
    app.markSaveFailed({ code: 'changed_on_disk', message: '' });
    expect(app.save).toEqual({ kind: 'failed', error: 'error.changed_on_disk' });
  });

  it('sends a change only after the answer to the one before, so Rust applies them in order', async () => {
    const answers: (() => void)[] = [];
    const calls = backend({
      save_case: (a) =>
        new Promise((done) => answers.push(() => done({ case: a.case, open_items: [], suggested_phase: 'goal_and_scope', facts }))),
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.createCase({ kind: 'incident', title: 'Val', ward: '', event_date: null });
    const removed = app.saveCase({ ...app.current!.case, title: 'removed' });
    const restored = app.saveCase({ ...app.current!.case, title: 'restored' });
    const sent = () => calls.filter((c) => c.cmd === 'save_case').map((c) => (c.args.case as { title: string }).title);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent()).toEqual(['removed']);
    answers[0]();
    expect(await removed).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent()).toEqual(['removed', 'restored']);
    answers[1]();
    expect(await restored).toBe(true);
    expect(app.current?.case.title).toBe('restored');
  });

  it('keeps the field a refused change is about, as Rust names it, until the next call', async () => {
    backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.createCase({ kind: 'incident', title: 'Val', ward: '', event_date: null });
    expect(await app.saveCase({ ...app.current!.case, title: 'skip' })).toBe(false);
    expect(app.error).toBe('error.status_change');
    expect(app.errorPath).toBe('experiments[0].status');
    expect(await app.saveCase({ ...app.current!.case, title: 'Val' })).toBe(true);
    expect(app.errorPath).toBeNull();
  });

  it('opens on the follow-up board after unlock when a review is overdue, and records a check-in and a decision from it', async () => {
    const item = {
      case_id: 'c1', case_title: 'Val', experiment_id: 2, action: 'Bedhekken checken', learning_point: null, owner_role: 'teamleider',
      status: 'running', next_review: '2026-11-20', days_overdue: 11, criteria: [], last_check_in: null,
      next_statuses: ['running', 'adopted', 'adapted', 'abandoned'],
    };
    const calls = backend({
      list_cases: () => [{ ...summary, overdue_reviews: 1 }],
      follow_up: () => [item],
      record_check_in: () => ({ case: caseRecord, open_items: [], suggested_phase: 'goal_and_scope', facts }),
      decide: (a) => {
        if (a.status === 'planned') throw { code: 'status_change', message: 'cannot go from running to planned', path: 'experiments[0].status' };
        return { case: caseRecord, open_items: [], suggested_phase: 'goal_and_scope', facts };
      },
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(app.screen).toBe('board');
    expect(app.board).toEqual([item]);
    expect(calls.find((c) => c.cmd === 'follow_up')?.args).toEqual({ filter: { kind: 'overdue' } });
    expect(await app.recordCheckIn(item as never, { on: '2026-12-01', observation: '', result: 'loopt goed' })).toBe(true);
    expect(calls.find((c) => c.cmd === 'record_check_in')?.args).toEqual({
      caseId: 'c1', experimentId: 2, checkIn: { on: '2026-12-01', observation: '', result: 'loopt goed' },
    });
    expect(calls.filter((c) => c.cmd === 'follow_up')).toHaveLength(2); // the board is made again
    expect(await app.decide(item as never, 'adopted')).toBe(true);
    // Rust decides what the method allows: a refused decision shows its reason.
    expect(await app.decide(item as never, 'planned')).toBe(false);
    expect(app.error).toBe('error.status_change');
  });

  it('asks Rust for the calendar file of a case or of every review, in the language shown', async () => {
    const calls = backend({ export_calendar: (a) => a.caseId !== null });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(await app.exportCalendar('c1')).toBe(true);
    expect(await app.exportCalendar(null)).toBe(false); // the dialog was cancelled
    expect(calls.filter((c) => c.cmd === 'export_calendar').map((c) => c.args)).toEqual([
      { caseId: 'c1', lang: 'en' },
      { caseId: null, lang: 'en' },
    ]);
  });

  it('asks Rust for the action list of a case or of the board, in the format chosen', async () => {
    const calls = backend({ export_actions: (a) => a.format === 'xlsx' });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(await app.exportActions('c1', 'xlsx')).toBe(true);
    expect(await app.exportActions(null, 'csv_dutch_excel')).toBe(false); // the dialog was cancelled
    expect(calls.filter((c) => c.cmd === 'export_actions').map((c) => c.args)).toEqual([
      { caseId: 'c1', format: 'xlsx', lang: 'en' },
      { caseId: null, format: 'csv_dutch_excel', lang: 'en' },
    ]);
  });

  it('previews a hand-over file before adding it as a new case, and can set it aside', async () => {
    const preview = { case: { case: { id: 'c9', title: 'Overgedragen' } }, findings: [] };
    const calls = backend({
      preview_handover: () => preview,
      receive_case: () => ({ case: { id: 'c9', title: 'Overgedragen' } }),
      set_aside_handover: () => null,
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(await app.previewHandover()).toBe(true);
    expect(app.handover).toEqual(preview);
    expect(app.screen).not.toBe('case'); // nothing is added yet
    await app.setAsideHandover();
    expect(app.handover).toBeNull();
    await app.previewHandover();
    expect(await app.receiveHandover()).toBe(true);
    expect(app.screen).toBe('case');
    expect(app.current?.case.id).toBe('c9');
    expect(calls.filter((c) => c.cmd.includes('handover') || c.cmd === 'receive_case').map((c) => c.cmd)).toEqual([
      'preview_handover',
      'set_aside_handover',
      'preview_handover',
      'receive_case',
    ]);
  });

  it('restores a backup and reads the case list again', async () => {
    const calls = backend({ restore_backup: () => [{ name: 'b1', generation: 3, saved_at: '2026-12-01T10:00:00Z', cases: 2 }] });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    const before = calls.filter((c) => c.cmd === 'list_cases').length;
    expect((await app.restoreBackup('vault-0000000002-20261201T100000Z.age'))?.[0].cases).toBe(2);
    expect(calls.find((c) => c.cmd === 'restore_backup')?.args).toEqual({ name: 'vault-0000000002-20261201T100000Z.age' });
    expect(calls.filter((c) => c.cmd === 'list_cases').length).toBe(before + 1);
  });

  it('asks Rust for the invitation of a role as text or as a saved file, in the language shown', async () => {
    const calls = backend({
      invitation_text: (a) => `Invitation for ${a.role}`,
      export_invitation: (a) => a.format === 'pdf',
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(await app.invitationText('c1', 'family')).toBe('Invitation for family');
    expect(await app.exportInvitation('c1', 'nurse', 'pdf')).toBe(true);
    expect(await app.exportInvitation('c1', 'nurse', 'text')).toBe(false); // the dialog was cancelled
    expect(calls.filter((c) => c.cmd.includes('invitation')).map((c) => [c.cmd, c.args])).toEqual([
      ['invitation_text', { caseId: 'c1', role: 'family', lang: 'en' }],
      ['export_invitation', { caseId: 'c1', role: 'nurse', lang: 'en', format: 'pdf' }],
      ['export_invitation', { caseId: 'c1', role: 'nurse', lang: 'en', format: 'text' }],
    ]);
  });

  it('runs session mode on a session: the room from Rust, no auto-lock inside, back to the case after', async () => {
    const room = { case_id: 'c1', session_id: 1, speaking: null, can_undo: false, sitting: [] as string[] };
    const calls = backend({
      get_case: () => ({ case: caseRecord, open_items: [], suggested_phase: 'goal_and_scope', facts, follow_up: [] }),
      open_room: () => room,
      room_speak: (a) => ({ ...room, speaking: a.participant }),
      room_capture: (a) => ({ ...room, speaking: 2, can_undo: true, sitting: [(a.note as { text: string }).text] }),
      room_blank: () => ({ ...room, blank: true }),
      close_room: () => null,
    });
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    await app.openCase('c1');
    await app.session.open(1);
    expect(app.screen).toBe('room');
    expect(calls.find((c) => c.cmd === 'open_room')?.args).toEqual({ caseId: 'c1', sessionId: 1, lang: 'en' });
    app.activity();
    expect(timers.pending).toHaveLength(0);
    await app.session.speak(2);
    expect(await app.session.capture({ text: 'Belde de arts', tags: ['surprise'], to: 'perspective' })).toBe(true);
    expect(app.session.view?.sitting).toEqual(['Belde de arts']);
    expect(app.save).toEqual({ kind: 'saving' });
    app.session.tick({ clock: '04:59', timer: {} as never });
    expect(app.session.clock?.clock).toBe('04:59');
    await app.session.blank(true);
    expect(app.session.clock).toBeNull();
    await app.session.close();
    expect(app.screen).toBe('case');
    expect(app.session.view).toBeNull();
    expect(timers.pending).toHaveLength(1);
  });

  it('opens on the case list after unlock when nothing is overdue', async () => {
    const calls = backend();
    const app = new AppModel(undefined, timers);
    await app.start();
    await app.unlock('correct horse battery');
    expect(app.screen).toBe('cases');
    expect(calls.filter((c) => c.cmd === 'list_cases')).toHaveLength(1);
    expect(calls.some((c) => c.cmd === 'follow_up')).toBe(false);
  });

  it('a command answered with "locked" returns to the unlock screen', async () => {
    backend({ list_cases: () => { throw { code: 'locked', message: 'the vault is locked' }; } });
    const app = new AppModel(undefined, timers);
    await app.start();
    app.screen = 'cases';
    await app.showCases();
    expect(app.screen).toBe('unlock');
  });

  it('rates passphrases: short is weak, a sentence is strong', () => {
    expect(passphraseStrength('abc', 10)).toBe('weak');
    expect(passphraseStrength('abcdefghij', 10)).toBe('fair');
    expect(passphraseStrength('abcdefghij', 12)).toBe('weak');
    expect(passphraseStrength('de koffie op afdeling 4 is koud', 10)).toBe('strong');
  });
});
