// A small WebDriver client for tauri-driver: just what the scenarios use, on Node's fetch.
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Resolves when something listens on 127.0.0.1:`port` (tauri-driver, once started). */
export function waitForPort(port, timeout = 20000) {
  const until = Date.now() + timeout;
  return new Promise((ok, fail) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        ok();
      });
      socket.once('error', () => (Date.now() > until ? fail(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 100)));
    };
    attempt();
  });
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app in a new session. tauri-driver listens before its WebKitWebDriver does, so the
   * first requests may find nobody behind it: they are retried for a few seconds. */
  static async start(base, application) {
    const body = { capabilities: { alwaysMatch: { 'tauri:options': { application } } } };
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await call(base, 'POST', '/session', body);
        return new Session(base, value.sessionId);
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const value = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return value[ELEMENT];
  }

  /** Waits until `css` matches an element (and `accept(text)` holds for its text), then returns it. */
  async waitFor(css, accept = () => true, timeout = 15000) {
    const until = Date.now() + timeout;
    let last = '';
    for (;;) {
      try {
        const element = await this.find(css);
        last = await this.cmd('GET', `/element/${element}/text`);
        if (accept(last)) return element;
      } catch {
        // not there yet
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${css} (last text: ${JSON.stringify(last)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async text(css) {
    return this.cmd('GET', `/element/${await this.waitFor(css)}/text`);
  }

  /** Activates a control: a mouse click, or with `keyboardOnly` Tab to it and Enter or Space. */
  async click(css) {
    if (!this.keyboardOnly) {
      await this.cmd('POST', `/element/${await this.waitFor(css)}/click`, {});
      return;
    }
    const option = /^(.*) option\[value="(.*)"\]$/.exec(css);
    if (option) return this.choose(option[1], option[2]);
    await this.tabTo(css);
    const kind = await this.run('const e = document.activeElement; return e.type === "checkbox" ? "space" : "enter"');
    await this.keys(kind === 'space' ? KEY.space : KEY.enter);
  }

  /** Types into a field; `clear` empties it first (select all and delete, as a person would). */
  async type(css, text, { clear = false } = {}) {
    if (this.keyboardOnly) {
      await this.tabTo(css);
      if (clear) await this.selectAllAndDelete();
      if (text !== '') await this.keys(text);
      return;
    }
    const element = await this.waitFor(css);
    if (clear) await this.cmd('POST', `/element/${element}/clear`, {});
    if (text !== '') await this.cmd('POST', `/element/${element}/value`, { text });
  }

  /** Leaves the focused field, which commits its change. */
  async leave() {
    if (this.keyboardOnly) await this.keys(KEY.tab);
    else await this.click('#phase-heading');
  }

  /** Moves the focus with Tab until `css` has it: how a keyboard user reaches a control. */
  async tabTo(css, limit = 400) {
    await this.waitFor(css);
    for (let i = 0; i < limit; i++) {
      if (await this.run('return !!document.activeElement && document.activeElement.matches(arguments[0])', [css])) return;
      await this.keys(KEY.tab);
    }
    throw new Error(`Tab never reached ${css}`);
  }

  /** Chooses an option of a select with the arrow keys. */
  async choose(selectCss, value) {
    await this.tabTo(selectCss);
    const values = await this.run('return [...document.querySelector(arguments[0]).options].map((o) => o.value)', [selectCss]);
    const current = await this.run('return document.querySelector(arguments[0]).value', [selectCss]);
    const steps = values.indexOf(value) - values.indexOf(current);
    if (values.indexOf(value) < 0) throw new Error(`${selectCss} has no option ${value}`);
    await this.keys((steps > 0 ? KEY.down : KEY.up).repeat(Math.abs(steps)));
  }

  async selectAllAndDelete() {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'kb', actions: [{ type: 'keyDown', value: KEY.control }, { type: 'keyDown', value: 'a' }, { type: 'keyUp', value: 'a' }, { type: 'keyUp', value: KEY.control }, { type: 'keyDown', value: KEY.backspace }, { type: 'keyUp', value: KEY.backspace }] }],
    });
    await this.cmd('DELETE', '/actions');
  }

  /** Keys sent to whatever has focus: Tab, Enter and text, as a keyboard user would. */
  async keys(text) {
    const actions = [...text].flatMap((c) => [
      { type: 'keyDown', value: c },
      { type: 'keyUp', value: c },
    ]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async value(css) {
    return this.run('return document.querySelector(arguments[0]).value', [css]);
  }

  run(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs `script` in the page; it ends by calling its last argument with the result. */
  runAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  async close() {
    await this.cmd('DELETE', '');
  }
}

export const KEY = { tab: '\uE004', enter: '\uE007', space: '\uE00D', up: '\uE013', down: '\uE015', control: '\uE009', alt: '\uE00A', backspace: '\uE003' };

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.value ?? json)}`);
  return json.value;
}
