using System.Text.Json;

namespace ImrDsl.Cli.Configuration;

/// <summary>
/// What is wrong with a JSON file imr reads (imr.json, a baseline), said for people: where, and why without the
/// parser's own vocabulary ("when isFinalBlock is true").
/// </summary>
internal static class JsonProblem
{
    public static string Of(string text, JsonException ex)
    {
        if (string.IsNullOrWhiteSpace(text)) return "is empty; it must hold a JSON object ({ ... })";
        var reason = ex.Message.Split(" LineNumber")[0];
        // "Expected the input to start with a valid JSON token, when isFinalBlock is true.": the clause is the parser's.
        var jargon = reason.IndexOf(" when isFinalBlock is true", StringComparison.Ordinal);
        if (jargon >= 0) reason = reason.Substring(0, jargon).TrimEnd(',') + ".";
        return $"is not valid JSON (line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}): {reason}";
    }
}
