using System.Security.Cryptography;
using System.Text;

namespace ImrDsl.Cli.Output.Html;

/// <summary>
/// The report's only style sheet and script, inlined. The Content-Security-Policy allows exactly these two by
/// their SHA-256 hashes and nothing else: no network, no other script, no style attributes.
/// </summary>
public static class ReportAssets
{
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src 'none'; font-src 'none'; connect-src 'none'; " +
        "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Turns the letters table's headers into sort buttons; without it the table is simply unsorted.</summary>
    public const string Script = """

document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { var cell = row.cells[column]; return cell.getAttribute('data-sort') || cell.textContent.trim(); };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        var order = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, undefined, { numeric: true });
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});

""";

    public const string Css = """

:root {
  --ink: #1b1f24; --muted: #4a5463; --line: #d5dae1; --paper: #ffffff; --wash: #f4f6f9; --accent: #1f4e8c;
  --error: #a3161a; --error-bg: #fde8e7; --warning: #6f4a00; --warning-bg: #fff1cc; --info: #1d4f91; --info-bg: #e5effb;
  --ok: #1e6b3a; --ok-bg: #e3f4e8;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.report-head { background: #17324f; color: #fff; padding: 1.4rem 2rem 1.2rem; }
.report-head h1 { margin: 0; font-size: 1.55rem; font-weight: 650; letter-spacing: .01em; }
.report-head p { margin: .3rem 0 0; color: #d8e2ee; }
main { max-width: 78rem; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; }
h2 { font-size: 1.3rem; margin: 0 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.2rem 1.4rem; margin: 0 0 1.4rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .7rem; margin: .4rem 0 1rem; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: .55rem .8rem; background: var(--paper); }
.tiles .n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.2; }
.tiles .t { color: var(--muted); font-size: .9rem; }
.tiles .sev-error { border-left-color: var(--error); } .tiles .sev-warning { border-left-color: #b7791f; } .tiles .sev-info { border-left-color: var(--info); }
.tiles .ok { border-left-color: var(--ok); }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--wash); font-weight: 600; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th button::after { content: " \2195"; color: var(--muted); }
th[aria-sort=ascending] button::after { content: " \25B2"; color: var(--ink); }
th[aria-sort=descending] button::after { content: " \25BC"; color: var(--ink); }
.sev { display: inline-block; font-size: .78rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase; border-radius: 4px; padding: 0 .4rem; border: 1px solid currentColor; white-space: nowrap; }
.sev-error .sev, .sev.sev-error { color: var(--error); background: var(--error-bg); }
.sev-warning .sev, .sev.sev-warning { color: var(--warning); background: var(--warning-bg); }
.sev-info .sev, .sev.sev-info { color: var(--info); background: var(--info-bg); }
.sev.ok { color: var(--ok); background: var(--ok-bg); }
.shift { border-left: 5px solid var(--accent); background: #eef3fa; padding: .7rem 1rem; border-radius: 0 6px 6px 0; margin: .8rem 0; }
.shift strong { display: block; }
.letter { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.2rem 1.4rem 1.4rem; margin: 0 0 1.6rem; scroll-margin-top: .5rem; }
.letter-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem 1rem; border-bottom: 1px solid var(--line); padding-bottom: .6rem; margin-bottom: .8rem; }
.letter-head h2 { margin: 0; overflow-wrap: anywhere; }
.letter-head .path { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .3rem 1.2rem; margin: 0 0 .6rem; }
.facts div { padding: .25rem 0; border-bottom: 1px dotted var(--line); }
.facts dt { color: var(--muted); font-size: .82rem; }
.facts dd { margin: 0; font-weight: 600; }
.citations { list-style: none; margin: 0; padding: 0; }
.citations li + li { margin-top: .4rem; padding-top: .4rem; border-top: 1px dotted var(--line); }
.who { font-size: .8rem; color: var(--muted); display: block; }
.pages { display: block; }
.match { color: var(--ok); font-weight: 600; } .nomatch { color: var(--error); font-weight: 700; } .unknown { color: var(--muted); font-weight: 600; }
.decision { font-weight: 700; }
.finding-links { margin: 0; padding: 0; list-style: none; }
.finding-links li + li { margin-top: .3rem; }
.text { --notes: 25rem; border: 1px solid var(--line); border-radius: 6px; padding: .6rem var(--notes) .6rem 0; overflow: hidden;
  background: linear-gradient(to left, var(--wash) var(--notes), var(--line) var(--notes), var(--line) calc(var(--notes) + 1px), var(--paper) calc(var(--notes) + 1px)); }
.line { font: .88rem/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0 .9rem; min-height: 1.6em; }
.end { clear: both; }
.gap { font-style: italic; color: var(--muted); padding: .3rem .9rem; border-block: 1px dashed var(--line); margin: .3rem 0; }
mark.hl { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.hl.sev-error { background: var(--error-bg); text-decoration: underline wavy var(--error); text-decoration-thickness: 1px; text-underline-offset: 3px; }
mark.hl.sev-warning { background: var(--warning-bg); text-decoration: underline dashed #8a5a00; text-underline-offset: 3px; }
mark.hl.sev-info { background: var(--info-bg); text-decoration: underline dotted var(--info); text-underline-offset: 3px; }
a.fref { display: inline-block; font: 700 .72rem/1.3 system-ui, sans-serif; text-decoration: none; border-radius: 3px; padding: 0 .3rem; margin-right: 2px; border: 1px solid currentColor; vertical-align: 1px; }
a.fref.sev-error { color: var(--error); background: var(--paper); } a.fref.sev-warning { color: var(--warning); background: var(--paper); } a.fref.sev-info { color: var(--info); background: var(--paper); }
:target { scroll-margin-top: 1rem; }
a.fref:target, .note:target { box-shadow: 0 0 0 3px #f0b400; }
.note { float: right; clear: right; width: calc(var(--notes) - 1.5rem); margin: .1rem calc(-1 * var(--notes) - .15rem) .6rem 0; white-space: normal;
  font: .86rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; background: var(--paper);
  border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: .55rem .75rem; }
.note.sev-error { border-left-color: var(--error); } .note.sev-warning { border-left-color: #b7791f; } .note.sev-info { border-left-color: var(--info); }
.note h4 { margin: 0 0 .3rem; font-size: .88rem; display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; }
.note p { margin: .3rem 0; }
.note .label { font-weight: 700; }
.note pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--wash); border-radius: 4px; padding: .35rem .5rem; margin: .2rem 0 .3rem; font-size: .8rem; }
.note .back { font-size: .82rem; }
details.clean-text summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.quiet { color: var(--muted); }
footer { max-width: 78rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 760px) {
  main { padding: .8rem .6rem 2rem; }
  .report-head { padding: 1rem .9rem; }
  .panel, .letter { padding: .9rem .8rem; border-radius: 6px; }
  .text { padding: .4rem 0; background: var(--paper); }
  .line { padding: 0 .5rem; }
  .line:has(.note) { display: flex; flex-direction: column; }
  .line .content { order: 1; }
  .note { order: 2; float: none; width: auto; margin: .4rem 0 .6rem; }
  table.items thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.items, table.items tbody, table.items tr, table.items td { display: block; width: 100%; }
  table.items tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .7rem; padding: .3rem 0; }
  table.items td { border: 0; padding: .25rem .6rem; }
  table.items td::before { content: attr(data-label); display: block; font-size: .78rem; color: var(--muted); font-weight: 600; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 10.5pt; }
  .skip, th button::after { display: none; }
  .report-head { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 .5rem; }
  .report-head p { color: #333; }
  main { max-width: none; padding: 0; }
  .panel, .letter { border: 0; padding: 0; margin: 0 0 1rem; }
  .letter { break-before: page; }
  .text { --notes: 6.4cm; border: 0; border-radius: 0; }
  .line { font-size: 8.5pt; }
  .note { break-inside: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark.hl { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .sev, .note, a.fref, .tiles li, .shift { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}

""";
}
