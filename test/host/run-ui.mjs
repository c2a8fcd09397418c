// UI test: the real extension (dist/extension.js, loaded with extensionDevelopmentPath) in a real VS Code 1.139
// workbench (code-server + headless Debian Chromium via playwright-core). Checks what an analyst sees:
//   - the "Source Annotator" activity-bar view whose Documents tree lists the five seed titles,
//   - a seed opened in the editor carries decoration spans whose computed colours are the extension's
//     contributed figure and actor theme colours (defaults read from package.json at run time),
//   - the claims × sources matrix (after the screenshot): its webview table shows a claim of the seeds, and Enter
//     on that claim opens its passage in an editor,
//   - Show Claims Graph draws the cytoscape canvas and the node list inside the webview, with no CSP violation,
//     and Enter on a claim in the list opens its document (screenshot: test-results/graph.png),
//   - after a reload of the workbench the graph's tab is back, drawn again (its panel serializer),
// then saves docs/screenshot.png and writes test-results/ui.json ({passed, failed, checks}).
//
//   node test/host/run-ui.mjs          (after npm run build and bash test/host/install-host.sh)
//
// Env: SA_EXTENSION_PATH (default repo root), SA_WORKSPACE_SRC (default <repo>/seeds, copied to the run folder),
//      UI_TIMEOUT_MS (default 180000), KEEP_RUN_DIR=1, HOST_LOG=1 (echo server + workbench logs), CHROMIUM_PATH,
//      SA_SCREENSHOT (default <repo>/docs/screenshot.png).
/* global document, getComputedStyle -- used inside page.evaluate callbacks, which run in the browser */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO, formatAutomationLog, launchChromium, makeRunDir, startCodeServer, workbenchUrl, withTimeout } from './code-server.mjs';

const started = Date.now();
const extPath = resolve(process.env.SA_EXTENSION_PATH ?? REPO);
const wsSrc = resolve(process.env.SA_WORKSPACE_SRC ?? join(REPO, 'seeds'));
const timeoutMs = Number(process.env.UI_TIMEOUT_MS ?? 180_000);
const resultsFile = join(REPO, 'test-results/ui.json');
const failureShot = join(REPO, 'test-results/ui-failure.png');
const graphShot = join(REPO, 'test-results/graph.png');
const screenshot = resolve(process.env.SA_SCREENSHOT ?? join(REPO, 'docs/screenshot.png'));
const STEP_MS = 30_000;
// Layout for a readable screenshot: no empty secondary side bar, wrapped lines, no minimap.
const UI_SETTINGS = {
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'workbench.colorTheme': process.env.SA_UI_THEME ?? 'Default Dark Modern',
};

mkdirSync(join(REPO, 'test-results'), { recursive: true });
rmSync(resultsFile, { force: true });

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok: !!ok, detail });
  console.log(`  ${ok ? '✔' : '✘'} ${name}${detail ? ` — ${detail}` : ''}`);
  return !!ok;
}
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** The colours the extension contributes, with the default for each theme kind. */
function contributedColors() {
  const pkg = JSON.parse(readFileSync(join(extPath, 'package.json'), 'utf8'));
  return (pkg.contributes?.colors ?? []).filter((c) => c.id?.startsWith('sourceAnnotator.'));
}

/** First non-empty line of each seed: the document titles the Documents view must show. */
/** The titles the Documents view shows: the product's own reading of each article (its CLI, from the same core). */
function seedTitles(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const out = execFileSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'meta', ...files.map((f) => join(dir, f))], { encoding: 'utf8' });
  return JSON.parse(out).documents.map((d, i) => ({ file: files[i], title: d.title }));
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();
/** A tree label matches a title when it is the title, contains it, or is a truncation of it (… or ...). */
function labelMatches(label, title) {
  const l = norm(label).replace(/(…|\.\.\.)$/, '').trim();
  const t = norm(title);
  if (!l) return false;
  return l === t || l.includes(t) || (t.startsWith(l) && l.length >= Math.min(t.length, 15));
}

/** Parses rgb()/rgba()/#rrggbb(aa) into [r,g,b,a]. */
function parseColor(c) {
  if (!c) return undefined;
  c = c.trim();
  let m = c.match(/^#([0-9a-f]{3,8})$/i);
  if (m) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((x) => x + x).join('');
    const n = (i) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = c.match(/^rgba?\(([^)]+)\)$/i);
  if (m) {
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  return undefined;
}
function sameColor(a, b) {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return false;
  return Math.abs(x[0] - y[0]) <= 1 && Math.abs(x[1] - y[1]) <= 1 && Math.abs(x[2] - y[2]) <= 1 && Math.abs(x[3] - y[3]) <= 0.02;
}

async function waitVisible(locator, what, timeout = STEP_MS) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
  }
}

async function openSourceAnnotatorView(page) {
  // The activity-bar entry is labelled with the container title ("Source Annotator"), possibly plus a keybinding.
  const item = page.locator('.part.activitybar .action-item .action-label[aria-label^="Source Annotator"], .part.activitybar .action-item[aria-label^="Source Annotator"] .action-label').first();
  await waitVisible(item, 'the "Source Annotator" activity-bar entry');
  const li = item.locator('xpath=ancestor-or-self::li[contains(@class,"action-item")]').first();
  const alreadyOpen = (await li.getAttribute('class'))?.includes('checked');
  if (!alreadyOpen) await item.click();
  // With several views the container shows one pane header per view; with a single view VS Code merges the
  // view's name into the side bar title ("SOURCE ANNOTATOR: DOCUMENTS") and shows no pane header.
  const header = page.locator('.part.sidebar .pane-header', { hasText: /Documents/i });
  const mergedTitle = page.locator('.part.sidebar .composite.title .title-label', { hasText: /Documents/i });
  await waitVisible(header.or(mergedTitle), 'the Documents view (a pane header or the side bar title) in the side bar');
  if (await header.count()) {
    if ((await header.first().getAttribute('aria-expanded')) === 'false') await header.first().click();
    return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /Documents/i }) }).first();
  }
  return page.locator('.part.sidebar').first();
}

async function documentLabels(pane, expected, timeout = STEP_MS) {
  const deadline = Date.now() + timeout;
  let labels = [];
  while (Date.now() < deadline) {
    labels = await pane.locator('.monaco-list-row').evaluateAll((rows) =>
      rows.map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? r.textContent ?? '').trim()),
    );
    if (expected.every((e) => labels.some((l) => labelMatches(l, e.title)))) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return labels;
}

async function openFileByQuickOpen(page, fileName) {
  const editorTab = page.locator(`.tabs-container .tab[aria-label*="${fileName}"], .title-label a:has-text("${fileName}")`);
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.locator('.part.editor').first().click({ position: { x: 200, y: 200 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    try {
      await waitVisible(input, 'the Quick Open input', 10_000);
    } catch (e) {
      if (attempt === 2) throw e;
      continue;
    }
    await input.first().fill(fileName);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName });
    await waitVisible(row, `a Quick Open result for ${fileName}`, 15_000);
    await page.keyboard.press('Enter');
    try {
      await waitVisible(editorTab, `an editor tab for ${fileName}`, 15_000);
      return;
    } catch (e) {
      if (attempt === 2) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Computed colours of every decoration span in the visible editor lines. */
async function decorationStyles(page) {
  // Inline styles (color, font) are spans in .view-line; whole-range styles (background, border) are divs in .view-overlays.
  const sel = '.monaco-editor .view-line span[class*="TextEditorDecorationType"], .monaco-editor .view-overlays div[class*="TextEditorDecorationType"]';
  return page.locator(sel).evaluateAll((spans) =>
    spans.map((s) => {
      const cs = getComputedStyle(s);
      return {
        cls: s.className,
        text: s.textContent,
        color: cs.color,
        background: cs.backgroundColor,
        border: cs.borderTopColor,
        textDecoration: cs.textDecorationColor,
        outline: cs.outlineColor,
      };
    }),
  );
}

async function polishForScreenshot(page, pane) {
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (sidebar) {
    const x = sidebar.x + sidebar.width;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(x + 1, y);
    await page.mouse.down();
    await page.mouse.move(x + 160, y, { steps: 8 });
    await page.mouse.up();
  }
  if (pane) {
    const first = pane.locator('.monaco-list-row[aria-expanded="false"]').first();
    if (await first.count()) {
      await first.locator('.monaco-tl-twistie').first().click();
      await page.waitForTimeout(500);
    }
  }
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.waitForTimeout(300);
}

/**
 * Opens the claims × sources matrix from the command palette, finds a claim in its webview (two nested iframes),
 * and presses Enter on it: its document must open in an editor.
 */
async function checkMatrix(page, colors) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitVisible(input, 'the command palette', 10_000);
  await input.first().fill('>Show Claims × Sources Matrix');
  await waitVisible(page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Claims × Sources Matrix' }), 'the matrix command in the palette', 10_000);
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  // The denial in 003 that contradicts the shipment claims of the other outlets.
  const denial = frame.locator('.claim', { hasText: 'Russland' }).filter({ has: frame.locator('.stance-contradicts') });
  try {
    await waitVisible(denial, 'a contradicting claim of "Russland" in the matrix', STEP_MS);
    const outlets = await frame.locator('th.outlet').allTextContents();
    check('the matrix webview shows the seeds\' claims under their outlets', outlets.length >= 4, `outlets: ${outlets.join(', ')}`);
    // The theme's colours reach the webview: the stance is drawn in the contributed colour (dark theme default).
    const want = colors.find((c) => c.id === 'sourceAnnotator.stanceContradictsForeground')?.defaults?.dark;
    const drawn = await denial.first().locator('.stance-contradicts').evaluate((n) => getComputedStyle(n).color);
    check('the contradicting stance is drawn in sourceAnnotator.stanceContradictsForeground', sameColor(drawn, want), `${drawn} vs ${want}`);
    await page.screenshot({ path: join(REPO, 'test-results/ui-matrix.png') });
  } catch (e) {
    check('the matrix webview shows the seeds\' claims under their outlets', false, e.message);
    return;
  }
  await denial.first().focus();
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab[aria-label*="003_b00be4cc04626c15.txt"]');
  try {
    await waitVisible(tab, 'an editor tab for 003_b00be4cc04626c15.txt', 15_000);
    check('Enter on a claim in the matrix opens its passage', true);
  } catch (e) {
    check('Enter on a claim in the matrix opens its passage', false, e.message);
  }
}

/** How many claims the seeds' annotation files hold. */
function seedClaims(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.annotations.json')).reduce((n, f) => n + JSON.parse(readFileSync(join(dir, f), 'utf8')).annotations.length, 0);
}

/** Runs Show Claims Graph from the Command Palette and checks what the webview draws and what Enter on a claim opens. */
/** Runs a command from the Command Palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitVisible(input, 'the Command Palette');
  await input.first().fill(`>${title}`);
  await waitVisible(page.locator('.quick-input-widget .monaco-list-row', { hasText: title }), `the ${title} command`);
  await page.keyboard.press('Enter');
}

async function checkGraph(page, claims, cspViolations) {
  // The matrix (and the passage it opened beside it) closed first: one webview on the page, the graph's.
  await runCommand(page, 'View: Close All Editor Groups');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitVisible(input, 'the Command Palette');
  await input.first().fill('>Show Claims Graph');
  await waitVisible(page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Claims Graph' }), 'the Show Claims Graph command');
  await page.keyboard.press('Enter');
  await waitVisible(page.locator('.tabs-container .tab', { hasText: 'Claims Graph' }), 'a "Claims Graph" tab');
  // A webview is an iframe (VS Code's host page) holding the extension's page in another iframe.
  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const items = view.locator('.node-list [role="option"]');
  await waitVisible(items, 'the node list in the graph webview');
  const canvas = await view.locator('#graph canvas').evaluateAll((cs) => cs.map((c) => ({ w: c.width, h: c.height })));
  check('the graph webview draws cytoscape canvases', canvas.length > 0 && canvas.every((c) => c.w > 0 && c.h > 0), JSON.stringify(canvas));
  const claimItems = view.locator('.node-list .kind-claim');
  check('the node list has one item per claim of the seeds', (await claimItems.count()) === claims, `${await claimItems.count()} of ${claims}`);
  check('the relation filters include contradicts', await view.locator('input[name="relation-contradicts"]').count() === 1);
  check('no Content Security Policy violation', cspViolations.length === 0, cspViolations.slice(0, 2).join(' | '));
  await page.waitForTimeout(300);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: graphShot });
  // The keyboard way in: focus a claim in the list, Enter opens its document beside the graph.
  const first = claimItems.first();
  const file = (await first.getAttribute('data-id')).replace(/^claim:(?:.*\/)?([^/#]+)#.*$/, '$1');
  await first.focus();
  await page.keyboard.press('Enter');
  try {
    await waitVisible(page.locator(`.tabs-container .tab[aria-label*="${file}"]`), `an editor tab for ${file}`, 15_000);
    check(`Enter on a claim in the graph's list opens ${file}`, true);
  } catch (e) {
    check(`Enter on a claim in the graph's list opens ${file}`, false, e.message);
  }
}

/** Reloads the workbench: the graph's tab, open before, must come back with its node list drawn. */
async function checkGraphRestored(page) {
  // Reload Window, as a user would: the workbench saves its editors on the way out (a bare page reload may not).
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForLoadState('load');
  await waitVisible(page.locator('.monaco-workbench .part.activitybar'), 'the workbench to load again', 60_000);
  const tab = page.locator('.tabs-container .tab', { hasText: 'Claims Graph' });
  await waitVisible(tab, 'the "Claims Graph" tab after the reload');
  await tab.first().click();
  const items = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('.node-list [role="option"]');
  await waitVisible(items, 'the node list of the restored graph');
  check('the claims graph is back after a reload, drawn again', (await items.count()) > 0, `${await items.count()} nodes listed`);
}

async function main() {
  if (!existsSync(join(extPath, 'dist/extension.js'))) throw new Error(`${extPath}/dist/extension.js missing (run npm run build)`);
  const colors = contributedColors();
  const seeds = seedTitles(wsSrc);
  if (seeds.length === 0) throw new Error(`no seed .txt files in ${wsSrc}`);

  const runDir = makeRunDir('sa-ui-');
  const workspace = join(runDir, 'seeds');
  cpSync(wsSrc, workspace, { recursive: true });
  const server = await startCodeServer({ runDir, settings: UI_SETTINGS, echo: process.env.HOST_LOG ? (l) => console.log(`[code-server] ${l}`) : undefined });
  let context;
  let page;
  try {
    console.log(`[ui] code-server ready at ${server.origin} (${elapsed()})`);
    context = await launchChromium(runDir);
    page = context.pages()[0] ?? (await context.newPage());
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (!process.env.HOST_LOG) return;
      for (const line of formatAutomationLog(args)) console.log(`  [host] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', () => {});
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const cspViolations = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspViolations.push(m.text()));

    await page.goto(workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: extPath }));
    await waitVisible(page.locator('.monaco-workbench .part.activitybar'), 'the workbench to load', 60_000);
    check('workbench loads', true, elapsed());

    // 1. The activity-bar view and its Documents tree.
    let pane;
    try {
      pane = await openSourceAnnotatorView(page);
      check('"Source Annotator" activity-bar view opens with a Documents view', true);
    } catch (e) {
      check('"Source Annotator" activity-bar view opens with a Documents view', false, e.message);
    }
    if (pane) {
      const labels = await documentLabels(pane, seeds);
      for (const s of seeds) {
        check(`Documents tree lists "${s.title.slice(0, 60)}${s.title.length > 60 ? '…' : ''}"`,
          labels.some((l) => labelMatches(l, s.title)), labels.some((l) => labelMatches(l, s.title)) ? '' : `rows: ${JSON.stringify(labels)}`);
      }
    }

    // 2. A seed in the editor, with decorations in the contributed theme colours.
    const seed = seeds[0];
    let opened = false;
    try {
      await openFileByQuickOpen(page, seed.file);
      await waitVisible(page.locator('.monaco-editor .view-line'), 'editor lines');
      opened = check(`opens ${seed.file} via Quick Open`, true);
    } catch (e) {
      check(`opens ${seed.file} via Quick Open`, false, e.message);
    }
    if (opened) {
      let spans = [];
      const deadline = Date.now() + STEP_MS;
      while (Date.now() < deadline) {
        spans = await decorationStyles(page);
        if (spans.length > 0) {
          await page.waitForTimeout(1000); // let a debounced refresh settle, then read again
          spans = await decorationStyles(page);
          break;
        }
        await page.waitForTimeout(300);
      }
      check('editor shows text decorations', spans.length > 0, `${spans.length} decoration elements`);

      const theme = await page.evaluate(() => {
        const wb = document.querySelector('.monaco-workbench');
        const cls = wb?.className ?? '';
        const kind = /\bhc-light\b/.test(cls) ? 'highContrastLight' : /\bhc-black\b/.test(cls) ? 'highContrast' : /\bvs-dark\b/.test(cls) ? 'dark' : 'light';
        return { kind };
      });
      const cssVar = async (id) => page.evaluate((name) => {
        const wb = document.querySelector('.monaco-workbench') ?? document.body;
        return getComputedStyle(wb).getPropertyValue(name).trim();
      }, `--vscode-${id.replace(/\./g, '-')}`);

      const required = ['sourceAnnotator.figureForeground', 'sourceAnnotator.actorForeground'];
      for (const c of colors) {
        const def = c.defaults?.[theme.kind];
        const value = await cssVar(c.id);
        const prop = /Background$/.test(c.id) ? 'background' : /Border$/.test(c.id) ? 'border' : 'color';
        const users = spans.filter((s) => sameColor(s[prop], value) || (prop === 'color' && sameColor(s.textDecoration, value)));
        const isRequired = required.includes(c.id);
        if (typeof def === 'string' && def.startsWith('#')) {
          check(`theme colour ${c.id} resolves to its ${theme.kind} default ${def}`, sameColor(value, def), `css var = ${value || '(unset)'}`);
        }
        const line = `${users.length} elements (e.g. ${JSON.stringify(users.slice(0, 3).map((u) => u.text))})`;
        if (isRequired) {
          check(`decorations use ${c.id} (${prop})`, value && users.length > 0,
            users.length ? line : `no span with ${prop} ${value}; seen: ${JSON.stringify([...new Set(spans.map((s) => s[prop]))].slice(0, 8))}`);
        } else {
          console.log(`  · ${c.id}: ${value ? line : 'not set in this theme'}`);
        }
      }
      for (const id of required) {
        if (!colors.some((c) => c.id === id)) check(`package.json contributes ${id}`, false, 'missing from contributes.colors');
      }
    }

    // 3. Screenshot for the README: a wider side bar with the first article expanded (best effort, not a check).
    await polishForScreenshot(page, pane).catch((e) => console.log(`  · screenshot layout: ${e.message}`));
    mkdirSync(resolve(screenshot, '..'), { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshot });
    check('screenshot saved', existsSync(screenshot), screenshot);

    // 4. The claims × sources matrix: a webview whose table the page can read.
    await checkMatrix(page, colors).catch((e) => check('the matrix opens', false, e.message));
    // 5. The claims graph.
    await checkGraph(page, seedClaims(wsSrc), cspViolations).catch((e) => check('the claims graph opens and draws', false, e.message));
    // 6. A reload brings the graph back (its panel serializer), drawn again from the server.
    await checkGraphRestored(page).catch((e) => check('the claims graph is back after a reload', false, e.message));
    if (pageErrors.length) console.log(`  · page errors (not failures): ${pageErrors.slice(0, 3).join(' | ')}`);
  } catch (e) {
    check('UI run completes', false, e.message);
  } finally {
    if (page && checks.some((c) => !c.ok)) await page.screenshot({ path: failureShot }).then(() => console.log(`[ui] failure screenshot: ${failureShot}`)).catch(() => {});
    if (context) await context.close().catch(() => {});
    await server.stop();
    if (!process.env.KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`[ui] kept ${runDir}`);
  }
}

console.log('[ui] UI test in a real VS Code (code-server) + headless Chromium');
try {
  await withTimeout(main(), timeoutMs, 'UI run');
} catch (e) {
  check('UI run completes', false, e.message);
}
const passed = checks.filter((c) => c.ok).length;
const failed = checks.filter((c) => !c.ok).length;
writeFileSync(resultsFile, JSON.stringify({ passed, failed, durationMs: Date.now() - started, checks }, null, 2) + '\n');
console.log(`[ui] ${passed} passed, ${failed} failed in ${elapsed()}`);
process.exit(failed > 0 ? 1 : 0);
