using System.Globalization;
using System.Text.Json;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Export;

/// <summary>
/// The `imr extract --format json` contract (README, "Output contracts"), written with Utf8JsonWriter: STJ's source
/// generator cannot see our generated records, and reflection would be slower and less predictable.
/// Every value also carries its span as {"line","column","endLine","endColumn"} under "spans".
/// </summary>
public static class DeterminationJson
{
    public static void Write(Utf8JsonWriter json, Determination d)
    {
        json.WriteStartObject();
        Text(json, "caseNumber", d.CaseNumber);
        Date(json, "assignedDate", d.AssignedDate);
        Date(json, "injuryDate", d.InjuryDate);
        Date(json, "decisionDate", d.DecisionDate);
        Date(json, "urDenialDate", d.UrDenialDate);
        Date(json, "applicationReceived", d.ApplicationReceived);
        Text(json, "priority", d.Priority);
        if (d.Reviewer is { } r)
        {
            json.WriteStartObject("reviewer");
            Text(json, "specialty", r.Specialty);
            Text(json, "subspecialty", r.Subspecialty);
            json.WriteStartArray("licensure");
            foreach (var state in r.Licensure) json.WriteStringValue(state);
            json.WriteEndArray();
            Spans(json, r.Spans);
            json.WriteEndObject();
        }
        else json.WriteNull("reviewer");
        if (d.Summary is { } s)
        {
            json.WriteStartObject("summary");
            Number(json, "age", s.Age);
            Text(json, "sex", s.Sex);
            Date(json, "injuryDate", s.InjuryDate);
            Text(json, "text", s.Text);
            Spans(json, s.Spans);
            json.WriteEndObject();
        }
        else json.WriteNull("summary");

        json.WriteStartArray("items");
        foreach (var item in d.Items)
        {
            json.WriteStartObject();
            Text(json, "service", item.Service);
            Text(json, "dose", item.Dose);
            Number(json, "quantity", item.Quantity);
            Number(json, "refills", item.Refills);
            Text(json, "outcome", item.Outcome?.ImrName());
            Text(json, "rationale", item.Rationale);
            Text(json, "conclusion", item.Conclusion);
            json.WriteStartArray("citations");
            foreach (var c in item.Citations)
            {
                json.WriteStartObject();
                Text(json, "source", c.Source?.ImrName());
                Text(json, "guideline", c.Guideline);
                Text(json, "topic", c.Topic);
                json.WriteStartArray("pages");
                foreach (var p in c.Pages)
                {
                    json.WriteStartObject();
                    json.WriteNumber("from", p.From);
                    json.WriteNumber("to", p.To);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                Text(json, "nonMtus", c.NonMtus);
                Spans(json, c.Spans);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Spans(json, item.Spans);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Spans(json, d.Spans);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) json.WriteNumber(name, n); else json.WriteNull(name);
    }

    private static void Date(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else json.WriteNull(name);
    }

    private static void Spans(Utf8JsonWriter json, SpanMap spans)
    {
        json.WriteStartObject("spans");
        foreach (var field in spans.Fields.OrderBy(f => f, StringComparer.Ordinal))
        {
            var s = spans[field];
            json.WriteStartObject(field);
            json.WriteNumber("line", s.Line);
            json.WriteNumber("column", s.Column);
            json.WriteNumber("endLine", s.EndLine);
            json.WriteNumber("endColumn", s.EndColumn);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
