using System.Text;
using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Output;

/// <summary>
/// The human format: `path:line:col: severity ID: message`, then the source line and a caret underline
/// under the exact span (rustc/Pkl style), so an editor sees the sentence in context. In a PDF letter the
/// place is the page and the line on it: `path:pPAGE:LINE:col`.
/// </summary>
public sealed class DiagnosticRenderer(TextWriter writer, bool color)
{
    public void Write(Diagnostic diagnostic, SourceFile? source)
        => Write(diagnostic, source is null ? null : Checking.FindingLines.Of(source, new[] { diagnostic }));

    /// <summary>The finding with its excerpt from <paramref name="source"/>, the lines a report kept of its file (null: no text).</summary>
    public void Write(Diagnostic diagnostic, Checking.FindingLines? source)
    {
        var severity = diagnostic.Severity.ToText();
        var page = source?.PageOf(diagnostic);
        var place = page is { } at ? PageLocation.Label(at) : diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var header = $"{Excerpt.Of(diagnostic.Path, 300)}:{place}:{diagnostic.Column}: {Paint(severity, diagnostic.Severity)} {diagnostic.Id}: {Excerpt.Message(diagnostic.Message)}";
        writer.WriteLine(header);
        if (source is null || diagnostic.Line < 1) return;

        var line = source.LineText(diagnostic.Line);
        if (line.Length == 0 && diagnostic.Length == 0) return;
        var startColumn = Math.Min(diagnostic.Column - 1, line.Length);
        var endColumn = diagnostic.EndLine == diagnostic.Line ? Math.Min(diagnostic.EndColumn - 1, line.Length) : line.Length;
        // A letter whose lines end in LS, PS or a vertical tab is one line by its line numbers (an editor's), several as it
        // reads: the excerpt quotes only the line as read that holds the span's start, as it would with LF.
        if (Checking.Findings.LinesAsRead(line, startColumn) is { } read)
        {
            line = read.Own;
            (startColumn, endColumn) = (startColumn - read.OwnStart, Math.Min(endColumn - read.OwnStart, read.Own.Length));
        }
        // A very long line (a whole letter without line breaks) is shown as a window around the span.
        var windowStart = Math.Max(0, Math.Min(startColumn - MaxExcerptWidth / 4, line.Length - MaxExcerptWidth));
        line = line.Substring(windowStart, Math.Min(MaxExcerptWidth, line.Length - windowStart));
        startColumn -= windowStart;
        endColumn = Math.Min(Math.Max(startColumn, endColumn - windowStart), line.Length);
        var expanded = ExpandTabs(line, out var columnMap);
        var from = columnMap[startColumn];
        var width = Math.Max(1, columnMap[Math.Max(startColumn, endColumn)] - from);
        var gutter = place;
        writer.WriteLine($" {gutter} | {expanded}");
        writer.WriteLine($" {new string(' ', gutter.Length)} | {new string(' ', from)}{Paint(new string('^', width), diagnostic.Severity)}");
    }

    /// <summary>The widest excerpt of a source line shown under a message.</summary>
    private const int MaxExcerptWidth = 200;

    private string Paint(string text, Severity severity)
    {
        if (!color) return text;
        var code = severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" };
        return $"\u001b[{code}m{text}\u001b[0m";
    }

    /// <summary>Tabs become spaces so the caret lines up; the map turns a character index into a display column.</summary>
    private static string ExpandTabs(string line, out int[] columnMap)
    {
        columnMap = new int[line.Length + 1];
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            columnMap[i] = builder.Length;
            if (line[i] == '\t') builder.Append(' ', 4 - builder.Length % 4);
            else builder.Append(Excerpt.NeedsEscape(line[i]) ? ' ' : line[i]); // no escape sequence or bidi override reaches the terminal
        }
        columnMap[line.Length] = builder.Length;
        return builder.ToString();
    }

    /// <summary>The values of --color.</summary>
    public static readonly string[] ColorModes = { "auto", "always", "never" };

    /// <summary>
    /// Whether to paint findings: --color always/never decides; in auto, FORCE_COLOR (set and not empty, as
    /// force-color.org asks; CI logs that render ANSI set it) turns colour on, NO_COLOR (no-color.org) turns it off,
    /// and otherwise only a terminal gets colour, never a file or a pipe.
    /// </summary>
    public static bool ShouldColor(TextWriter writer, string mode = "auto") => mode switch
    {
        "always" => true,
        "never" => false,
        _ when !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FORCE_COLOR")) => true,
        _ when !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) => false,
        _ => writer == Console.Out && !Console.IsOutputRedirected,
    };
}
