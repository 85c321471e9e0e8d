using System.Globalization;
using System.Text;
using ImrDsl.Formatting;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Export;

/// <summary>
/// Writes a Determination as an .imr case document in the formatter's canonical layout. Texts are written as
/// one-line strings, so reading the document back gives exactly the same model.
/// </summary>
public static class CaseDocumentWriter
{
    public static string Write(Determination d, string? comment = null)
    {
        var w = new Writer();
        if (comment is not null) w.Line("// " + comment.Replace('\n', ' '));
        w.Open(d.CaseNumber is null ? "case" : $"case {Q(d.CaseNumber)}");
        w.Date("assigned-date", d.AssignedDate);
        w.Date("injury-date", d.InjuryDate);
        w.Date("decision-date", d.DecisionDate);
        w.Date("ur-denial-date", d.UrDenialDate);
        w.Date("application-received", d.ApplicationReceived);
        w.Text("priority", d.Priority);
        if (d.Reviewer is { } r)
        {
            w.Open("reviewer");
            w.Text("specialty", r.Specialty);
            w.Text("subspecialty", r.Subspecialty);
            w.List("licensure", r.Licensure);
            w.Close();
        }
        if (d.Summary is { } s)
        {
            w.Open("summary");
            w.Number("age", s.Age);
            w.Text("sex", s.Sex);
            w.Date("injury-date", s.InjuryDate);
            w.Text("text", s.Text);
            w.Close();
        }
        foreach (var item in d.Items)
        {
            w.Open($"item {Q(item.Service ?? string.Empty)}");
            w.Text("dose", item.Dose);
            w.Number("quantity", item.Quantity);
            w.Number("refills", item.Refills);
            if (item.Outcome is { } outcome) w.Line($"outcome = {outcome.ImrName()}");
            foreach (var c in item.Citations)
            {
                w.Open(c.Source is { } source ? $"citation {source.ImrName()}" : "citation");
                w.Text("guideline", c.Guideline);
                w.Text("topic", c.Topic);
                if (c.Pages.Count > 0) w.Line("pages = " + string.Join(", ", c.Pages.Select(p => p.ToString())));
                w.Text("non-mtus", c.NonMtus);
                w.Close();
            }
            w.Text("rationale", item.Rationale);
            w.Text("conclusion", item.Conclusion);
            w.Close();
        }
        w.Close();
        return w.ToString();
    }

    private static string Q(string text) => ImrFormatter.Quote(text);

    private sealed class Writer
    {
        private readonly StringBuilder _out = new();
        private int _depth;

        public void Line(string text) => _out.Append(' ', _depth * 2).Append(text).Append('\n');
        public void Open(string header) { Line(header + " {"); _depth++; }
        public void Close() { _depth--; Line("}"); }
        public void Text(string name, string? value) { if (value is not null) Line($"{name} = {Q(value)}"); }
        public void Number(string name, int? value) { if (value is { } n) Line($"{name} = {n.ToString(CultureInfo.InvariantCulture)}"); }
        public void Date(string name, DateTime? value) { if (value is { } d) Line($"{name} = {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"); }
        public void List(string name, IReadOnlyList<string> values) { if (values.Count > 0) Line($"{name} = [{string.Join(", ", values.Select(Q))}]"); }
        public override string ToString() => _out.ToString();
    }
}
