import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The lint zones of eslint.config.js, proven by planting a violation in each: pure code that
// imports a browser API or storage, a component that reaches storage itself, a message router
// that forgets a message. Each planted file is linted as if it lived at `filePath`.

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
// Loading the config, parser and plugins takes seconds on a busy machine: once, before the tests.
beforeAll(async () => {
  // Planted code is not on disk. With CI=true typescript-eslint infers a single run and builds
  // its program from the files on disk once, so it would lint the real file (or crash in
  // TypeScript's module-specifier code): keep it watching the text handed in, as an editor does.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
  });
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'lib/pages/warm-up.ts') });
}, 120_000);
const LINT_TIMEOUT = 60_000;

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const PURE = ['lib/pages', 'lib/metrics', 'lib/crm', 'lib/i18n', 'lib/time', 'lib/settings'];

describe('pure folders run anywhere: no browser API, no storage, no browser-bound folder', () => {
  it.each(PURE)(
    '%s refuses wxt/browser, WXT storage, #imports, idb and webextension-polyfill',
    async (folder) => {
      for (const source of ['wxt/browser', 'wxt/utils/storage', '@wxt-dev/storage', '#imports', 'idb', 'webextension-polyfill']) {
        expect(
          await problems(`${folder}/planted.ts`, `import * as planted from '${source}';\nexport const x = planted;\n`),
          source,
        ).toEqual([expect.stringContaining('no-restricted-imports')]);
      }
    },
    LINT_TIMEOUT,
  );

  it.each(PURE)(
    '%s refuses lib/background, browser, store, messages and content',
    async (folder) => {
      for (const bound of ['background/handle-request', 'browser/stored-keys', 'store/db', 'messages/messages', 'content/panel-frame']) {
        expect(
          await problems(`${folder}/planted.ts`, `import * as planted from '../${bound}';\nexport const x = planted;\n`),
          bound,
        ).toEqual([expect.stringContaining('browser-bound folder')]);
      }
      expect(
        await problems(`${folder}/deeper/planted.ts`, `import * as planted from '../../store/notes';\nexport const x = planted;\n`),
      ).toHaveLength(1);
    },
    LINT_TIMEOUT,
  );

  it.each(PURE)(
    '%s refuses the browser and chrome globals',
    async (folder) => {
      expect(
        await problems(`${folder}/planted.ts`, 'export const id = () => browser.runtime.id;\nexport const tab = () => chrome.tabs;\n'),
      ).toEqual([
        expect.stringContaining("no-restricted-globals: Unexpected use of 'browser'"),
        expect.stringContaining("no-restricted-globals: Unexpected use of 'chrome'"),
      ]);
    },
    LINT_TIMEOUT,
  );

  it(
    'passes a clean pure file: zod, sibling modules, other pure folders',
    async () => {
      const clean =
        "import { z } from 'zod';\nimport { addDays } from '../time/days';\nimport type { Band } from '../metrics';\nexport const x = [z, addDays] as const;\nexport type B = Band;\n";
      expect(await problems('lib/crm/planted.ts', clean)).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'lets browser-bound folders use the browser and storage',
    async () => {
      expect(
        await problems(
          'lib/store/planted.ts',
          "import { openDB } from 'idb';\nimport { browser } from 'wxt/browser';\nimport { storage } from 'wxt/utils/storage';\nexport const x = [openDB, browser, storage];\n",
        ),
      ).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

describe('components render props', () => {
  it(
    'refuses idb and lib/store in a component',
    async () => {
      expect(await problems('components/notes/planted.tsx', "import { openDB } from 'idb';\nexport const x = openDB;\n")).toHaveLength(1);
      expect(
        await problems('components/panel/planted.tsx', "import { listNotes } from '../../lib/store/notes';\nexport const x = listNotes;\n"),
      ).toEqual([expect.stringContaining('no-restricted-imports')]);
    },
    LINT_TIMEOUT,
  );

  it(
    'lets a component take types from the store and the note schema’s categories',
    async () => {
      const clean =
        "import type { StoreError } from '../../lib/store/store-errors';\nimport { VOC_CATEGORIES } from '../../lib/store/note-schema';\nexport const x = (e: StoreError) => [e, VOC_CATEGORIES];\n";
      expect(await problems('components/notes/planted.tsx', clean)).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

describe('pages reach the CRM only through the background', () => {
  it(
    'refuses the connector registry and a connector in a component or a page, not in the background',
    async () => {
      const planted = (from: string) => `import { connectorFor } from '${from}';\nexport const x = connectorFor;\n`;
      expect(await problems('components/panel/planted.tsx', planted('../../lib/crm/registry'))).toEqual([
        expect.stringContaining('lib/crm/profiles'),
      ]);
      expect(await problems('entrypoints/book/planted.tsx', planted('../../lib/crm/hubspot/connector'))).toEqual([
        expect.stringContaining('lib/crm/profiles'),
      ]);
      expect(await problems('entrypoints/background.ts', planted('../lib/crm/registry'))).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

describe('the background’s message router', () => {
  it('fails lint when a message type has no case', async () => {
    const file = 'lib/background/handle-request.ts';
    const source = readFileSync(path.join(root, file), 'utf8');
    expect(await problems(file, source)).toEqual([]);
    const forgetful = source.replace(/case 'tag-suggestions':\s*return [^;]+;/, '');
    expect(forgetful).not.toBe(source);
    expect(await problems(file, forgetful)).toContainEqual(
      expect.stringContaining('switch-exhaustiveness-check: Switch is not exhaustive. Cases not matched: "tag-suggestions"'),
    );
  }, 120_000);
});
