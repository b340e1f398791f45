// A small WebDriver client for tauri-driver: just what the scenarios use, on Node's fetch.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const body = { capabilities: { alwaysMatch: { 'tauri:options': { application } } } };
    const value = await call(base, 'POST', '/session', body);
    return new Session(base, value.sessionId);
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

  async click(css) {
    await this.cmd('POST', `/element/${await this.waitFor(css)}/click`, {});
  }

  async type(css, text, { clear = false } = {}) {
    const element = await this.waitFor(css);
    if (clear) await this.cmd('POST', `/element/${element}/clear`, {});
    if (text !== '') await this.cmd('POST', `/element/${element}/value`, { text });
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

export const KEY = { tab: '\uE004', enter: '\uE007', space: '\uE00D' };

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
