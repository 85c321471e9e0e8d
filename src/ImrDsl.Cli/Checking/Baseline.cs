using System.Text.Json;
using ImrDsl.Cli.Configuration;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// Known findings, counted per file and rule rather than by line (ESLint's bulk suppressions), so editing a
/// legacy letter does not unbaseline its findings; only more findings of a rule than recorded are reported.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts;

    private Baseline(Dictionary<string, Dictionary<string, int>> counts) => _counts = counts;

    public static Baseline From(IEnumerable<FileReport> reports)
        => new(reports.Where(r => r.Findings.Count > 0).ToDictionary(
            r => r.Path,
            r => r.Findings.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal));

    public int Total => _counts.Values.Sum(c => c.Values.Sum());

    /// <summary>The report without its first N findings of each rule, N being the recorded count.</summary>
    public FileReport Apply(FileReport report)
    {
        if (!_counts.TryGetValue(report.Path, out var counts)) return report;
        var left = new Dictionary<string, int>(counts, StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        foreach (var finding in report.Findings)
        {
            if (left.TryGetValue(finding.Id, out var n) && n > 0) left[finding.Id] = n - 1;
            else kept.Add(finding);
        }
        return report with { Findings = kept };
    }

    public void Write(Output.AtomicFileWriter target)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartObject("files");
            foreach (var (file, counts) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(file);
                foreach (var (rule, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteNumber(rule, count);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        target.Writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        target.Commit();
    }

    public static Baseline Load(string path)
    {
        if (Input.SafeFile.Stat(path).Kind == Input.FileKind.Missing) throw new UsageException($"the baseline '{Excerpt.Of(path, 200)}' does not exist (create it with --write-baseline)");
        try
        {
            using var document = JsonDocument.Parse(Input.SafeFile.ReadText(path, Input.SafeFile.MaxConfigBytes));
            var files = document.RootElement.GetProperty("files");
            var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
                counts[file.Name] = file.Value.EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetInt32(), StringComparer.Ordinal);
            return new Baseline(counts);
        }
        catch (IOException ex)
        {
            throw new ConfigException(path, $"cannot be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ConfigException(path, $"is not a baseline written by imr check --write-baseline ({Excerpt.Of(ex.Message, 200)})");
        }
    }
}
