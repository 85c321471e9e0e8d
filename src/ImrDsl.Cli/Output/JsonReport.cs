using System.Text.Json;
using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

/// <summary>The `--format json` contract (README, "Output contracts"), written with Utf8JsonWriter.</summary>
public static class JsonReport
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                json.WriteStartArray("findings");
                foreach (var f in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.Id);
                    json.WriteString("severity", f.Severity.ToText());
                    json.WriteString("message", f.Message);
                    json.WriteNumber("line", f.Line);
                    json.WriteNumber("column", f.Column);
                    json.WriteNumber("endLine", f.EndLine);
                    json.WriteNumber("endColumn", f.EndColumn);
                    if (f.Item is null) json.WriteNull("item"); else json.WriteString("item", f.Item);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var all = reports.SelectMany(r => r.Findings).ToList();
            json.WriteStartObject("summary");
            json.WriteNumber("files", reports.Count);
            json.WriteNumber("errors", all.Count(f => f.Severity == Severity.Error));
            json.WriteNumber("warnings", all.Count(f => f.Severity == Severity.Warning));
            json.WriteNumber("infos", all.Count(f => f.Severity == Severity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
