// Opens an imr HTML report in headless Chromium and reports what it finds, as JSON on stdout; the C# test
// (HtmlReportBrowserTests.cs) makes the assertions. Usage: node report-check.mjs config.json
// config: { chromium, axe, report, outDir, screenshots, findings: [{ path, ruleId, line, column, message, text }] }
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const reportUrl = pathToFileURL(config.report).href;
const result = { requests: [], consoleErrors: [], cspViolations: 0 };

const browser = await puppeteer.launch({
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
         '--disable-dev-shm-usage', '--no-default-browser-check'],
});
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', request => {
    // The report itself is the only thing the page may load; anything else is recorded and never sent.
    if (request.url() === reportUrl && request.isNavigationRequest()) return request.continue();
    result.requests.push(request.url());
    return request.abort();
  });
  page.on('console', message => { if (message.type() === 'error') result.consoleErrors.push(message.text()); });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(reportUrl, { waitUntil: 'load' });
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', () => { window.__cspViolations = (window.__cspViolations || 0) + 1; }));

  result.title = await page.title();
  result.csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', m => m.content).catch(() => null);
  result.scriptsInjected = await page.evaluate(() => window.__pwned ?? null);
  result.letterImages = await page.$$eval('.line img, .line script, .line iframe', nodes => nodes.length);
  result.letters = await page.$$eval('article.letter', articles => articles.map(a => ({
    id: a.id,
    path: a.querySelector('.path')?.textContent ?? null,
    items: a.querySelectorAll('table.items tbody tr').length,
    itemFindingLinks: [...a.querySelectorAll('table.items a[href]')].map(l => l.getAttribute('href')),
    shift: [...a.querySelectorAll('.shift')].map(s => s.textContent),
    text: [...a.querySelectorAll('.line .content')].map(l => l.textContent).join('\n'),
  })));
  result.runShift = await page.$$eval('#summary .shift', notes => notes.map(s => s.textContent));

  // Every finding of the JSON report: its marker, the text highlighted for it, and its explanation.
  result.findings = [];
  for (const expected of config.findings) {
    result.findings.push(await page.evaluate(expected => {
      const article = [...document.querySelectorAll('article.letter')].find(a => a.querySelector('.path')?.textContent === expected.path);
      if (!article) return { ...expected, problem: 'no letter section for this path' };
      if (expected.text === null) {
        return { ...expected, messageShown: article.textContent.includes(expected.message) };
      }
      const marker = article.querySelector(`a.fref[data-rule="${expected.ruleId}"][data-line="${expected.line}"][data-column="${expected.column}"]`);
      if (!marker) return { ...expected, problem: 'no marker in the letter text' };
      // At desktop width a note sits in the right-hand column, no higher than the line its finding starts on.
      const besideLine = (note, line) => {
        const n = note.getBoundingClientRect(), l = line.getBoundingClientRect();
        return note.closest('.line') === line && n.left >= l.right - 1 && n.top >= l.top - 2;
      };
      const marks = [...article.querySelectorAll('mark.hl')].filter(m => m.dataset.findings.split(' ').includes(marker.id));
      const note = document.getElementById(marker.getAttribute('href').slice(1));
      const style = marks.length ? getComputedStyle(marks[0]) : null;
      return {
        ...expected,
        marked: marks.map(m => m.textContent).join('\n'),
        background: style?.backgroundColor ?? null,
        underline: style?.textDecorationLine ?? null,
        noteMessage: note ? note.textContent.includes(expected.message) : false,
        noteBesideLine: note ? besideLine(note, marker.closest('.line')) : false,
        markerFocusable: marker.tabIndex >= 0,
      };
    }, expected));
  }

  // Keyboard: Enter on the first marker goes to its explanation.
  const firstMarker = await page.$('a.fref');
  if (firstMarker) {
    await firstMarker.focus();
    await page.keyboard.press('Enter');
    result.keyboard = await page.evaluate(() => ({ hash: location.hash, note: document.activeElement?.getAttribute('href') ?? null }));
    result.keyboard.expected = await firstMarker.evaluate(a => a.getAttribute('href'));
  }

  // Links from the summary land on their letters.
  result.links = await page.evaluate(async () => {
    const landed = [];
    for (const link of document.querySelectorAll('#summary a[href^="#letter-"]')) {
      window.scrollTo(0, 0);
      link.click();
      await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const target = document.querySelector(':target');
      const rect = target?.getBoundingClientRect();
      landed.push({ href: link.getAttribute('href'), target: target?.id ?? null, isLetter: !!target?.matches('article.letter'), top: rect?.top ?? null, viewport: innerHeight });
    }
    return landed;
  });

  // The letters table sorts by a column when its heading is pressed.
  await page.evaluate(() => window.scrollTo(0, 0));
  const errorsColumn = await page.$$eval('table.letters thead th', ths => ths.findIndex(th => th.textContent.trim().startsWith('Errors')));
  const column = () => page.$$eval('table.letters tbody tr', (rows, c) => rows.map(r => Number(r.cells[c].textContent)), errorsColumn);
  const sortButton = await page.$(`table.letters thead th:nth-child(${errorsColumn + 1}) button`);
  if (sortButton) {
    await sortButton.click();
    const ascending = await column();
    await sortButton.click();
    result.sorting = { ascending, descending: await column() };
  }

  // Nothing may leave the page: a fetch and an image to the network are stopped by the policy before any request.
  result.probe = await page.evaluate(async () => {
    const image = new Image();
    image.src = 'https://example.invalid/pixel.png';
    let fetched;
    try { await fetch('https://example.invalid/data'); fetched = 'sent'; } catch { fetched = 'blocked'; }
    await new Promise(r => setTimeout(r, 200));
    return { fetched };
  });
  result.cspViolations = await page.evaluate(() => window.__cspViolations || 0);

  // axe-core, in the page (evaluated through DevTools, which the page's policy does not govern), at desktop and
  // at phone width, where other parts scroll and stack. Phone width: nothing wider than the screen.
  await page.evaluate(fs.readFileSync(config.axe, 'utf8'));
  const runAxe = width => page.evaluate(async width => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(v => ({ width, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
  }, width);
  result.axe = await runAxe(1280);
  await page.setViewport({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  result.axe.push(...await runAxe(390));
  result.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  // Print: each letter starts a page.
  await page.emulateMediaType('print');
  result.printBreak = await page.$eval('article.letter', a => getComputedStyle(a).breakBefore).catch(() => null);
  await page.emulateMediaType(null);

  if (config.screenshots) {
    fs.mkdirSync(config.outDir, { recursive: true });
    await page.screenshot({ path: path.join(config.outDir, 'report-phone.png') });
    const firstFinding = await page.$('article.letter .line:has(.note)');
    if (firstFinding) {
      await firstFinding.evaluate(e => { e.scrollIntoView({ block: 'center' }); });
      await page.screenshot({ path: path.join(config.outDir, 'report-phone-letter.png') });
    }
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(config.outDir, 'report-desktop.png') });
    const letterWithNotes = await page.$('article.letter .line:has(.note)');
    if (letterWithNotes) {
      await letterWithNotes.evaluate(e => { e.scrollIntoView({ block: 'center' }); });
      await page.screenshot({ path: path.join(config.outDir, 'report-desktop-letter.png') });
    }
    await page.pdf({ path: path.join(config.outDir, 'report-print.pdf'), format: 'A4', printBackground: true });
    result.screenshots = fs.readdirSync(config.outDir).map(name => ({ name, bytes: fs.statSync(path.join(config.outDir, name)).size }));
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result));
