import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

function rustFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'tests' || name === 'target' ? [] : rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

describe('generated IPC types', () => {
  // ts-rs writes every exported type to ui/src/bindings/NAME.ts: two Rust types with one name would
  // overwrite each other, and which one wins would depend on the order the tests ran in.
  it('every exported Rust type has a name of its own', () => {
    const names: string[] = [];
    for (const file of [...rustFiles(join(root, 'crates')), ...rustFiles(join(root, 'src-tauri', 'src'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/#\[ts\(export(?:,\s*rename\s*=\s*"(\w+)")?\)\][^]*?pub (?:struct|enum) (\w+)/g)) {
        names.push(m[1] ?? m[2]);
      }
    }
    expect(names.length).toBeGreaterThan(20);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    expect(twice).toEqual([]);
  });
});
