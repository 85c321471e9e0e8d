using System.Text.Json;
using Imr.Std;

namespace ImrDsl.Domain.Export;

/// <summary>
/// The `imr extract --format json` contract (README, "Output contracts"): the Determination written by its
/// generated walker through <see cref="JsonRecordWriter"/>, so a field declared in domain.imr appears with no edit here.
/// </summary>
public static class DeterminationJson
{
    public static void Write(Utf8JsonWriter json, Determination d) => JsonRecordWriter.Write(json, d.WriteFields, d.Span, d.Spans);
}
