using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

/// <summary>The `--format json` contract (README, "Output contracts"), written with Utf8JsonWriter as files finish.</summary>
public sealed class JsonReport : IStreamedReport, IDisposable
{
    private readonly JsonStream _stream;

    public JsonReport(TextWriter writer)
    {
        _stream = new JsonStream(writer);
        _stream.Json.WriteStartObject();
        _stream.Json.WriteStartArray("files");
    }

    public void Add(ReportedFile report)
    {
        var json = _stream.Json;
        json.WriteStartObject();
        json.WriteString("path", report.Path);
        json.WriteStartArray("findings");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            json.WriteStartObject();
            json.WriteString("ruleId", f.Id);
            json.WriteString("severity", f.Severity.ToText());
            json.WriteString("message", f.Message);
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteNumber("endLine", f.EndLine);
            json.WriteNumber("endColumn", f.EndColumn);
            if (f.Item is null) json.WriteNull("item"); else json.WriteString("item", f.Item);
            if (report.Lines?.PageOf(f) is { } at)
            {
                // PDF letters: line is a line of the extracted text; page and pageLine find it in the PDF.
                json.WriteNumber("page", at.Page);
                json.WriteNumber("pageLine", at.Line);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        _stream.Drain();
    }

    public void Finish(ReportTotals totals)
    {
        var json = _stream.Json;
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", totals.Files);
        json.WriteNumber("errors", totals.Errors);
        json.WriteNumber("warnings", totals.Warnings);
        json.WriteNumber("infos", totals.Infos);
        json.WriteEndObject();
        json.WriteEndObject();
        _stream.Finish();
    }

    public void Dispose() => _stream.Dispose();
}
