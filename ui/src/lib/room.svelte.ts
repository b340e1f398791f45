// Session mode in the UI: the meeting as Rust shows it to the facilitator (RoomView) and the clock
// Rust pushes, and one method per room command. Apart from the AppModel, whose calls, errors and
// saved state it uses, so that the app's model stays one thing.
import type { Note, Pins, RoomClock, RoomView, StoryLang, TimerAction } from './api';
import type { AppModel } from './app.svelte';
import { i18n } from './i18n.svelte';

export class RoomModel {
  view = $state<RoomView | null>(null);
  clock = $state<RoomClock | null>(null);

  constructor(private app: AppModel) {}

  /** Session mode on one session of the current case. */
  async open(sessionId: number) {
    const current = this.app.current;
    if (!current) return;
    const lang: StoryLang = i18n.language;
    const view = await this.app.run(() => this.app.api.openRoom(current.case.id, sessionId, lang));
    if (!view) return;
    this.show(view);
    this.app.go('room');
  }

  /** Back to the case, as the room left it. */
  async close() {
    const caseId = this.view?.case_id;
    await this.app.run(() => this.app.api.closeRoom());
    this.forget();
    if (caseId) await this.app.openCase(caseId);
    this.app.activity();
  }

  /** The clock Rust pushes while a room is open (event "room-clock"). */
  tick(clock: RoomClock) {
    if (this.view) this.clock = clock;
  }

  forget() {
    this.view = null;
    this.clock = null;
  }

  speak(participant: number | null) {
    return this.command(() => this.app.api.roomSpeak(participant), true);
  }

  capture(note: Note) {
    return this.command(() => this.app.api.roomCapture(note), true);
  }

  park(text: string) {
    return this.command(() => this.app.api.roomPark(text), true);
  }

  ask(key: string) {
    return this.command(() => this.app.api.roomAsk(key), true);
  }

  undo() {
    return this.command(() => this.app.api.roomUndo(), true);
  }

  pins(pins: Pins) {
    return this.command(() => this.app.api.roomPins(pins));
  }

  blank(blank: boolean) {
    return this.command(() => this.app.api.roomBlank(blank));
  }

  timer(action: TimerAction) {
    return this.command(() => this.app.api.roomTimer(action));
  }

  async monitors() {
    return (await this.app.run(() => this.app.api.monitors())) ?? [];
  }

  async openProjector(monitor: number | null, fullscreen: boolean) {
    await this.app.run(() => this.app.api.openProjector(monitor, fullscreen));
  }

  async closeProjector() {
    await this.app.run(() => this.app.api.closeProjector());
  }

  /** A room command; one that changes the case counts as a change (saving…, saved). */
  private async command(call: () => Promise<RoomView>, changes = false) {
    const view = changes ? await this.app.changing(call) : await this.app.run(call);
    if (view) this.show(view);
    return view !== undefined;
  }

  private show(view: RoomView) {
    this.view = view;
    this.clock = null;
  }
}
