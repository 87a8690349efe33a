// The rendering test (`npm run test:render`): the incident page, job summary, check-run output and
// a comment rendered the way GitHub renders them, and looked at in a real browser.
//
// - markdown -> HTML with cmark-gfm (GitHub's parser) and GitHub's extensions, raw HTML kept as
//   GitHub keeps it (<details>, <sub>), tagfilter on;
// - GitHub's markdown CSS (npm github-markdown-css), light and dark;
// - every ```mermaid block drawn by the real `mermaid` package in headless Chromium;
// - 1280×800 and 390×844, with the page chrome GitHub puts above the text (header, title,
//   comment header) so "within the first 800 px" means what a person sees.
//
// It asserts: every chart renders without error; the three decision lines end within the first
// 800 px at 1280 wide; no table overflows its column at 1280; the measured line contrasts at least
// 3:1 with the background (page and chart) in light and dark. Screenshots go to render-artifacts/.
// No network: pages, CSS and scripts load from files, every other request is refused.

// measure() and renderCharts() run in the page, where these are defined.
/* global document, getComputedStyle, scrollY, window */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(root, process.env.RENDER_ARTIFACTS ?? 'render-artifacts');
const CMARK = process.env.CMARK_GFM ?? '/usr/bin/cmark-gfm';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MERMAID = path.join(root, 'node_modules/mermaid/dist/mermaid.min.js');
const CSS = {
  light: path.join(root, 'node_modules/github-markdown-css/github-markdown-light.css'),
  dark: path.join(root, 'node_modules/github-markdown-css/github-markdown-dark.css')
};
const FIRST_SCREEN = 800;
const MIN_CONTRAST = 3;

/** What GitHub shows above the markdown, in px at each width (measured on github.com pages). */
const CHROME = {
  issue: { desktop: 200, mobile: 230 },
  comment: { desktop: 200, mobile: 230 },
  summary: { desktop: 190, mobile: 250 },
  'check-run': { desktop: 190, mobile: 250 }
};
/** The markdown column's width: the page minus GitHub's padding, sidebar and avatar gutter. */
function columnWidth(surface, width) {
  if (width < 768) return width - 32 - 32;
  const page = Math.min(width - 64, 1216);
  return surface === 'issue' || surface === 'comment' ? page - 296 - 56 - 32 : page - 320 - 32;
}

const results = [];
function check(name, ok, detail) {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** Bundled next to node_modules so the renderers' packages resolve. */
async function loadCases() {
  const cache = path.join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(path.join(cache, 'postflight-render-'));
  const out = path.join(dir, 'cases.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['test/render/cases.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outfile: out,
    packages: 'external',
    logLevel: 'warning'
  });
  try {
    return (await import(pathToFileURL(out).href)).renderCases();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function gfm(markdown) {
  const extensions = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'];
  return execFileSync(CMARK, ['--unsafe', ...extensions.flatMap((e) => ['-e', e])], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  });
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function page(kase, html, theme, surface, width) {
  const mobile = width < 768;
  const chrome = CHROME[surface][mobile ? 'mobile' : 'desktop'];
  const column = columnWidth(surface, width);
  const bg = theme === 'dark' ? '#0d1117' : '#ffffff';
  const fg = theme === 'dark' ? '#9198a1' : '#59636e';
  return `<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${pathToFileURL(CSS[theme]).href}">
<style>
  html, body { margin: 0; background: ${bg}; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .chrome { height: ${chrome}px; box-sizing: border-box; padding: 16px ${mobile ? 16 : 32}px; color: ${fg};
            border-bottom: 1px solid ${theme === 'dark' ? '#3d444d' : '#d1d9e0'}; overflow: hidden; }
  .chrome .bar { height: 32px; border-radius: 6px; background: ${theme === 'dark' ? '#151b23' : '#f6f8fa'}; margin-bottom: 16px; }
  .chrome h1 { font-size: ${mobile ? 20 : 26}px; font-weight: 400; margin: 0 0 8px; color: ${theme === 'dark' ? '#f0f6fc' : '#1f2328'};
               overflow-wrap: anywhere; max-height: ${mobile ? 84 : 72}px; overflow: hidden; }
  .markdown-body { box-sizing: content-box; width: ${column}px; max-width: ${column}px; padding: 16px;
                   margin: 0 0 0 ${mobile ? 0 : 32}px; }
  .mermaid-box { margin: 0 0 16px; }
  .mermaid-box svg { max-width: 100%; height: auto; }
</style></head>
<body data-theme="${theme}">
<div class="chrome"><div class="bar"></div><h1 id="title"></h1><div>${escapeHtml(surface)} · mona-deployer · stand-in for GitHub's header and title</div></div>
<article class="markdown-body" id="body">${html}</article>
<script src="${pathToFileURL(MERMAID).href}"></script>
<script>
  document.getElementById('title').textContent = ${JSON.stringify(kase.title)};
  window.renderCharts = async () => {
    mermaid.initialize({ startOnLoad: false, theme: ${JSON.stringify(theme === 'dark' ? 'dark' : 'default')}, securityLevel: 'strict' });
    const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
    const charts = [];
    for (const [i, code] of blocks.entries()) {
      const box = document.createElement('div');
      box.className = 'mermaid-box';
      code.parentElement.replaceWith(box);
      try {
        const { svg } = await mermaid.render('chart' + i, code.textContent);
        box.innerHTML = svg;
        const el = box.querySelector('svg');
        const text = el.textContent || '';
        charts.push({ ok: !/Syntax error|Parse error/i.test(text), error: /Syntax error|Parse error/i.test(text) ? text.slice(0, 200) : null });
      } catch (e) {
        box.textContent = 'MERMAID ERROR: ' + (e && e.message || e);
        charts.push({ ok: false, error: String(e && e.message || e).slice(0, 300) });
      }
    }
    return charts;
  };
</script>
</body></html>`;
}

/** Everything the assertions need, measured in the page after the charts are drawn. */
function measure() {
  const rgb = (c) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(c || '');
    if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
    const h = /^#([0-9a-f]{6})$/i.exec((c || '').trim());
    return h ? [0, 2, 4].map((i) => parseInt(h[1].slice(i, i + 2), 16)) : null;
  };
  const lum = (c) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const pageBg = rgb(getComputedStyle(document.body).backgroundColor);
  const decision = [...document.querySelectorAll('#body p')]
    .filter((p) => p.firstElementChild?.tagName === 'STRONG' && p.firstChild === p.firstElementChild)
    .filter((p) =>
      /^(Broke|Healthy|Undecided|Still watching|Deploy|Do|Do not roll back|Doing):$/.test(
        p.firstElementChild.textContent.trim()
      )
    )
    .slice(0, 3)
    .map((p) => ({
      label: p.firstElementChild.textContent.trim(),
      bottom: Math.round(p.getBoundingClientRect().bottom + scrollY)
    }));
  // The content box: GitHub's markdown column without its 16 px padding.
  const column = document.getElementById('body').clientWidth - 32;
  const tables = [...document.querySelectorAll('#body table')].map((t) => ({
    scrollWidth: t.scrollWidth,
    clientWidth: t.clientWidth,
    column
  }));
  const charts = [...document.querySelectorAll('.mermaid-box svg')].map((svg) => {
    const plot = svg.querySelector('[class*="plot-0"] path, [class*="plot-0"] rect');
    const stroke = plot ? getComputedStyle(plot).stroke : null;
    const fill = plot ? getComputedStyle(plot).fill : null;
    const colour = rgb(plot?.tagName === 'path' ? stroke : fill);
    const backgroundEl = svg.querySelector('rect.background, g.main > rect');
    const chartBg = backgroundEl ? rgb(getComputedStyle(backgroundEl).fill) : null;
    return {
      plotted: Boolean(plot),
      colour: colour ? `rgb(${colour.join(',')})` : null,
      onPage: colour && pageBg ? Number(contrast(colour, pageBg).toFixed(2)) : 0,
      onChart: colour && chartBg ? Number(contrast(colour, chartBg).toFixed(2)) : null,
      chartBg: chartBg ? `rgb(${chartBg.join(',')})` : null,
      width: Math.round(svg.getBoundingClientRect().width)
    };
  });
  return {
    title: document.getElementById('title').textContent,
    decision,
    tables,
    charts,
    pageWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight
  };
}

async function main() {
  await mkdir(artifacts, { recursive: true });
  const work = await mkdtemp(path.join(tmpdir(), 'postflight-render-'));
  const profile = path.join(work, 'profile');
  // A fresh profile for every run (Playwright takes it as the persistent context's directory).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
  const report = [];
  try {
    const cases = await loadCases();
    for (const kase of cases) {
      const html = gfm(kase.markdown);
      await writeFile(path.join(artifacts, `${kase.name}.md`), kase.markdown);
      for (const [theme, width, height] of [
        ['light', 1280, 800],
        ['light', 390, 844],
        ['dark', 1280, 800]
      ]) {
        const label = `${kase.name} ${width}px ${theme}`;
        const file = path.join(work, `${kase.name}-${width}-${theme}.html`);
        await writeFile(file, page(kase, html, theme, kase.surface, width));
        const tab = await browser.newPage();
        await tab.setViewportSize({ width, height });
        // Files only: anything else (a tracking pixel, an <img src=x>, a CDN) is refused.
        await tab.route('**/*', (route) =>
          route.request().url().startsWith('file://') ? route.continue() : route.abort()
        );
        const pageErrors = [];
        tab.on('pageerror', (e) => pageErrors.push(e.message));
        await tab.goto(pathToFileURL(file).href);
        const charts = await tab.evaluate(() => window.renderCharts());
        const m = await tab.evaluate(measure);
        const shot = path.join(artifacts, `${kase.name}-${width}-${theme}.png`);
        await tab.screenshot({ path: shot, fullPage: true });
        if (theme === 'light') {
          await tab.screenshot({ path: path.join(artifacts, `${kase.name}-${width}-first-screen.png`) });
        }
        await tab.close();

        const broken = charts.filter((c) => !c.ok);
        check(
          `${label}: ${charts.length} chart(s) render without error`,
          broken.length === 0 && pageErrors.length === 0 && m.charts.every((c) => c.plotted),
          broken
            .map((c) => c.error)
            .concat(pageErrors)
            .join(' | ')
        );
        for (const [i, c] of m.charts.entries()) {
          const worst = Math.min(c.onPage, c.onChart ?? Infinity);
          check(
            `${label}: chart ${i + 1} measured line ${c.colour} contrast ≥ ${MIN_CONTRAST}`,
            worst >= MIN_CONTRAST,
            `${c.onPage}:1 on the page, ${c.onChart ?? 'n/a'}:1 on the chart (${c.chartBg ?? 'transparent'})`
          );
        }
        const chrome = CHROME[kase.surface][width < 768 ? 'mobile' : 'desktop'];
        if (kase.decides && theme === 'light') {
          const bottom = Math.max(0, ...m.decision.map((d) => d.bottom));
          const where = m.decision.map((d) => `${d.label} ${d.bottom}px`).join(', ');
          if (width === 1280) {
            check(
              `${label}: the three decision lines end within the first ${FIRST_SCREEN}px`,
              m.decision.length === 3 && bottom <= FIRST_SCREEN,
              `${where} (GitHub's chrome above: ${chrome}px)`
            );
          } else {
            console.log(`     (phone: ${where})`);
          }
        }
        if (theme === 'light') {
          const over = m.tables.filter((t) => t.scrollWidth > t.clientWidth + 1);
          const widths = m.tables.map((t) => `${t.scrollWidth}/${t.column}`).join(', ') || 'no tables';
          if (width === 1280) {
            check(`${label}: no table overflows (table/column px: ${widths})`, over.length === 0, '');
          } else {
            console.log(`     (phone tables, width/column px: ${widths}; page ${m.pageWidth}px wide)`);
          }
        }
        if (kase.surface === 'check-run' && theme === 'light' && width === 1280) {
          check(
            `${label}: the title is plain text`,
            !/&(gt|lt|amp);|\\[_*`|]/.test(m.title),
            JSON.stringify(m.title)
          );
        }
        report.push({ case: kase.name, width, theme, charts, ...m });
      }
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
  await writeFile(path.join(artifacts, 'measurements.json'), JSON.stringify(report, null, 2) + '\n');
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    `\ntest:render: ${results.length - failed} passed, ${failed} failed (screenshots and measurements in ${path.relative(root, artifacts)}/)`
  );
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  console.log('\ntest:render: 0 passed, 1 failed (the run itself broke)');
  process.exitCode = 1;
});
