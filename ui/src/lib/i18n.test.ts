import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n, keys, systemLanguage, t } from './i18n.svelte';
import { ERROR_CODES } from '../bindings/errorCodes';
import { CASE_KINDS, CRITERIA, EMOTIONS, PHASES, PRECONDITIONS, ROLES, STATUSES } from './kinds';

const root = join(__dirname, '..', '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' ? [] : files(path, ext);
    return ext.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('messages', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect([...keys.en].sort()).toEqual([...keys.nl].sort());
  });

  it('no message is empty in either language', () => {
    for (const language of ['nl', 'en'] as const) {
      i18n.language = language;
      for (const key of keys.nl) expect(t(key).trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it('every key the screens use exists', () => {
    const used = new Set<string>();
    for (const file of files(join(root, 'ui', 'src'), /\.(svelte|ts)$/)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z_]+\.[a-z_.]+)'/g)) used.add(match[1]);
      for (const match of readFileSync(file, 'utf8').matchAll(/'(error\.[a-z_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(keys.nl, key).toContain(key);
  });

  it('every error code the Rust side can send has a message (the list is generated from Rust)', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(30);
    for (const code of ['wrong_passphrase', 'already_open', 'required', 'session_order', 'locked']) expect(ERROR_CODES).toContain(code);
    for (const code of ERROR_CODES) expect(keys.nl, `error.${code}`).toContain(`error.${code}`);
  });

  it('every value of every vocabulary, and the guidance of every phase, has a message', () => {
    const needed = [
      ...PHASES.flatMap((p) => [`phase.${p}`, `guide.${p}.text`, `guide.${p}.q1`, `guide.${p}.q2`, `guide.${p}.q3`]),
      ...CASE_KINDS.map((k) => `kind.${k}`),
      ...ROLES.map((r) => `role.${r}`),
      ...PRECONDITIONS.map((p) => `precondition.${p}`),
      ...EMOTIONS.map((e) => `emotion.${e}`),
      ...CRITERIA.flatMap((c) => [`criterion.${c}`, `criterion.${c}_hint`]),
      ...STATUSES.flatMap((s) => [`status.${s}`, `decision.${s}`]),
    ];
    for (const key of needed) expect(keys.nl, key).toContain(key);
  });

  it('every open-item code of the phase bar has a message', () => {
    const progress = readFileSync(join(root, 'crates', 'model', 'src', 'progress.rs'), 'utf8');
    const codes = [...progress.matchAll(/open\(\w+, "([a-z_]+)"/g), ...progress.matchAll(/\(LearningKind::\w+, "([a-z_]+)"\)/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(12);
    for (const code of codes) expect(keys.nl, `open.${code}`).toContain(`open.${code}`);
  });

  it('follows the OS language: Dutch for nl-*, English otherwise', () => {
    expect(systemLanguage(['nl-NL'])).toBe('nl');
    expect(systemLanguage(['nl-BE', 'en'])).toBe('nl');
    expect(systemLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('formats dates the Dutch or English way', () => {
    i18n.language = 'nl';
    expect(i18n.date('2026-11-23')).toBe('23 nov 2026');
    i18n.language = 'en';
    expect(i18n.date('2026-11-23')).toBe('23 Nov 2026');
    expect(t('save.saved', { time: '14:03' })).toBe('Saved 14:03');
  });
});
