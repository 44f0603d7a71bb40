/**
 * manifest.xml, offline: valid against the XML manifest schema (v1.1, copy in ../shared/schemas; that
 * check skips with the reason printed where the folder is absent, e.g. a bare clone),
 * every URL it names is a file the build emits, icons are real PNGs of the declared size, and the
 * ExcelApi requirement is the one src/hosts/excel was written for.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { MIN_EXCEL_API } from '../src/hosts/excel/apiSupport.js';
import { MANIFEST_SCHEMAS, missing } from './support/requirements.js';
import { deploymentBase, manifestForBase } from '../build/manifestForBase.mjs';

const root = path.resolve(import.meta.dirname, '..');
const schemaDir = MANIFEST_SCHEMAS;
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:3000/';

/** The files dist/ will hold: the HTML pages webpack is configured to write, and the copied assets. */
async function emittedFiles(): Promise<Set<string>> {
  // webpack.config.js is plain ESM JavaScript; import it by path so tsc does not need its types.
  const configPath: string = path.join(root, 'webpack.config.js');
  const { default: makeConfig } = (await import(configPath)) as { default: (env: object, argv: object) => Promise<{ plugins: object[] }> };
  const config = await makeConfig({}, { mode: 'production' });
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    const options = (plugin as { userOptions?: { filename?: string } }).userOptions;
    if (options?.filename) files.add(options.filename);
  }
  for (const name of readdirSync(path.join(root, 'assets'))) if (name.endsWith('.png')) files.add(`assets/${name}`);
  files.add('manifest.xml');
  // When a build is present, it must agree.
  const dist = path.join(root, 'dist');
  if (existsSync(dist)) for (const file of files) expect(existsSync(path.join(dist, file)), `dist/${file}`).toBe(true);
  return files;
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Valid against the v1.1 manifest schema (offline copy in ../shared/schemas). */
async function expectValid(xml: string): Promise<void> {
  const xsds = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(path.join(schemaDir, 'OfficeAppManifestV1_1.xsd'), 'utf8') }],
    preload: xsds
      .filter((f) => f !== 'OfficeAppManifestV1_1.xsd')
      .map((f) => ({ fileName: f, contents: readFileSync(path.join(schemaDir, f), 'utf8') })),
  });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('manifest.xml', () => {
  it.skipIf(missing('manifest-schemas'))('validates against OfficeAppManifestV1_1.xsd (offline)', async () => {
    await expectValid(manifest);
  });

  it('is an Excel task pane add-in in zh-CN with en-US overrides', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toMatch(/<Override Locale="en-US"/);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toMatch(/id="Yanxiu.TaskpaneButton.Label" DefaultValue="研修考核"/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it(`requires ExcelApi ${MIN_EXCEL_API}, the least src/hosts/excel uses`, () => {
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  });

  it('names only files the build emits', async () => {
    const files = await emittedFiles();
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(ORIGIN), url).toBe(true);
      expect(files.has(url.slice(ORIGIN.length)), url).toBe(true);
    }
  });

  it.each([16, 32, 64, 80])('has a %i px PNG icon', (size) => {
    expect(pngSize(path.join(root, `assets/icon-${size}.png`))).toEqual([size, size]);
  });

  it('declares each ribbon image at the size its file has', () => {
    for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
      const url = new RegExp(`<bt:Image id="${m[2]!.replace(/\./g, '\\.')}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
      expect(url, m[2]).toBeDefined();
      const size = Number(m[1]);
      expect(pngSize(path.join(root, url!.slice(ORIGIN.length)))).toEqual([size, size]);
    }
  });
});

describe('the manifest for a deployment (YANXIU_BASE_URL, issue 22)', () => {
  const BASE = 'https://edu.example.cn/yanxiu/';
  const deployed = manifestForBase(manifest, 'https://edu.example.cn/yanxiu');

  it.skipIf(missing('manifest-schemas'))('validates against the schema like the development one', async () => {
    await expectValid(deployed);
  });

  it('points every URL at the deployment and names localhost nowhere', () => {
    expect(deployed).not.toContain('localhost');
    const urls = [...deployed.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBe([...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].length);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
    expect(deployed).toContain('<SourceLocation DefaultValue="https://edu.example.cn/yanxiu/taskpane.html"/>');
    expect(deployed).toContain('<AppDomain>https://edu.example.cn</AppDomain>');
  });

  it.each([
    ['http://edu.example.cn/', 'https'],
    ['not a url', 'not a URL'],
    ['https://localhost:3000/', 'localhost'],
    ['https://edu.example.cn/?x=1', 'query'],
  ])('refuses %s', (base, reason) => {
    expect(() => deploymentBase(base)).toThrow(reason);
  });

  it('is what webpack copies to dist/manifest.xml when YANXIU_BASE_URL is set, and the development one otherwise', async () => {
    const configPath: string = path.join(root, 'webpack.config.js');
    const { default: makeConfig } = (await import(configPath)) as { default: (env: object, argv: object) => Promise<{ plugins: object[] }> };
    const config = await makeConfig({}, { mode: 'production' });
    type Pattern = { to?: string; transform?: (content: Buffer) => Buffer | string };
    const patterns = config.plugins.flatMap((p) => (p as { patterns?: Pattern[] }).patterns ?? []);
    const copy = patterns.find((p) => p.to === 'manifest.xml');
    expect(copy?.transform).toBeDefined();
    const saved = process.env.YANXIU_BASE_URL;
    try {
      delete process.env.YANXIU_BASE_URL;
      expect(copy!.transform!(Buffer.from(manifest)).toString()).toBe(manifest);
      process.env.YANXIU_BASE_URL = BASE;
      expect(copy!.transform!(Buffer.from(manifest)).toString()).toBe(deployed);
    } finally {
      if (saved === undefined) delete process.env.YANXIU_BASE_URL;
      else process.env.YANXIU_BASE_URL = saved;
    }
  });
});
