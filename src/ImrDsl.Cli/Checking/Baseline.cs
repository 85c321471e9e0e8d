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

    /// <summary>An empty baseline, to <see cref="Record"/> a run's findings in as files finish.</summary>
    public Baseline() : this(new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal)) { }

    /// <summary>Counts a file's findings by rule; only the counts are kept, not the findings.</summary>
    public void Record(string path, IReadOnlyList<Diagnostic> findings)
    {
        if (findings.Count == 0) return;
        if (!_counts.TryGetValue(path, out var counts)) _counts[path] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings) counts[finding.Id] = counts.GetValueOrDefault(finding.Id) + 1;
    }

    public int Total => _counts.Values.Sum(c => c.Values.Sum());

    /// <summary>How many files have findings recorded.</summary>
    public int Files => _counts.Count;

    /// <summary>The findings without the first N of each rule, N being the count recorded for the file.</summary>
    public IReadOnlyList<Diagnostic> Apply(string path, IReadOnlyList<Diagnostic> findings)
    {
        if (!_counts.TryGetValue(path, out var counts)) return findings;
        var left = new Dictionary<string, int>(counts, StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            if (left.TryGetValue(finding.Id, out var n) && n > 0) left[finding.Id] = n - 1;
            else kept.Add(finding);
        }
        return kept;
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
        var text = string.Empty;
        try
        {
            text = Input.SafeFile.ReadText(path, Input.SafeFile.MaxConfigBytes);
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
                throw new ConfigException(path, $"{NotABaseline} (it must be a JSON object whose \"files\" is an object of files and their rules' counts)");
            var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
                counts[file.Name] = file.Value.EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetInt32(), StringComparer.Ordinal);
            return new Baseline(counts);
        }
        catch (IOException ex)
        {
            throw new ConfigException(path, $"cannot be read: {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new ConfigException(path, $"{NotABaseline}: it {Configuration.JsonProblem.Of(text, ex)}");
        }
        // A file's counts that are not numbers: the parser's own words ("requires an element of type 'Object'") mean
        // nothing to the reader.
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ConfigException(path, $"{NotABaseline} (each file must map rule IDs to counts)");
        }
    }

    private const string NotABaseline = "is not a baseline written by imr check --write-baseline";
}
