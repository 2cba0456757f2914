import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries (ARCHITECTURE.md)', () => {
  it('stops the renderer importing main-process code or Node', async () => {
    expect(await restrictedImports('renderer/src/Probe.ts', "import { Store } from '../../electron/store/store';\nexport const s = Store;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('renderer/src/Probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toBeGreaterThan(0);
  });

  it('keeps shared/ free of Electron, Node, React and both sides', async () => {
    for (const source of ["import { app } from 'electron';", "import path from 'node:path';", "import React from 'react';", "import { x } from '../renderer/src/x';", "import { y } from '../electron/store/store';"]) {
      const count = await restrictedImports('shared/probe.ts', `${source}\nexport const z = 1;\n`);
      expect({ source, restricted: count > 0 }).toEqual({ source, restricted: true });
    }
  });

  it('stops main importing the renderer, and non-main code importing electron at run time', async () => {
    expect(await restrictedImports('electron/main/probe.ts', "import { App } from '../../renderer/src/App';\nexport const a = App;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('electron/store/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('electron/store/probe.ts', "import type { App } from 'electron';\nexport type A = App;\n")).toBe(0);
    expect(await restrictedImports('renderer/src/Probe.ts', "import { contract } from '../../shared/contract';\nexport const c = contract;\n")).toBe(0);
  });
});

describe('no hard-coded interface text in the renderer', () => {
  async function textProblems(code: string): Promise<number> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'renderer/src/Probe.tsx') });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
  }

  it('refuses words written into JSX and into accessible attributes', async () => {
    expect(await textProblems('export function P() { return <p>Hello councillor</p>; }\n')).toBe(1);
    expect(await textProblems('export function P() { return <button aria-label="Close">x</button>; }\n')).toBe(1);
    expect(await textProblems('export function P() { return <img alt="Chart of visits" src="a.png" />; }\n')).toBe(1);
  });

  it('allows translated text, symbols and punctuation', async () => {
    const code = "declare function t(k: string): string;\nexport function P() { return <p title={t('a:b')}>{t('a:c')} ← · 1.</p>; }\n";
    expect(await textProblems(code)).toBe(0);
  });
});
