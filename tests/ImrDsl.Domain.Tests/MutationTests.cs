using System.Text;
using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>10,000 randomly damaged letters: the reader never throws and every span lies inside the file.</summary>
public class MutationTests
{
    private static readonly string[] Fragments =
    {
        "\n", "\r", "\r\n", "\t", " ", "  \n", "\f", "#", "**", "<b>", "</b>", ":", ": Upheld", ": Overturned\n", "Decision based on ",
        "Page(s): ", "pages 12-", "-", ",", "63-64, 66", "Decision rationale:", "MAXIMUS guideline:", "Claims Administrator guideline:",
        "IMR ISSUES, DECISIONS AND RATIONALES\n", "CLINICAL CASE SUMMARY\n", "Non-MTUS Citation", "99999999999", "\0", "\uFFFD", "é", "\u2013",
        "Board Certified in ", "State(s) of Licensure:", "1/16/20", "45 year old", "medi-\ncation", "(", ")",
    };

    [Fact]
    public void Ten_thousand_damaged_letters_never_throw_and_keep_spans_inside_the_file()
    {
        var originals = new[] { "seed-000.txt", "seed-002.txt", "seed-003.txt" }.Select(n => File.ReadAllText(Letters.Example(n))).ToArray();
        var random = new Random(20261122);
        for (var n = 0; n < 10_000; n++)
        {
            var text = Mutate(originals[n % originals.Length], random);
            var file = new SourceFile($"mutant-{n}.txt", text);
            Determination model;
            try
            {
                model = LetterReader.Standard.Read(file);
                _ = ImrValidation.Validate(model, Guidelines.Context).ToList();
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"mutant {n} threw {ex}\n--- text ---\n{text}");
            }
            foreach (var span in Spans(model))
                Assert.True(Inside(file, span), $"mutant {n}: span {span} lies outside the file\n--- text ---\n{text}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            var length = Math.Min(builder.Length - at, random.Next(1, 200));
            switch (random.Next(6))
            {
                case 0: builder.Remove(at, length); break;
                case 1: builder.Insert(at, Fragments[random.Next(Fragments.Length)]); break;
                case 2: builder.Insert(at, builder.ToString(random.Next(builder.Length - length + 1), length)); break;
                case 3: builder.Length = at; break; // cut off mid-way
                case 4: builder[at] = (char)random.Next(0, 0x3000); break;
                case 5: builder.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", at, length); break;
            }
        }
        return builder.ToString();
    }

    private static IEnumerable<SourceSpan> Spans(Determination d)
    {
        IEnumerable<SourceSpan> Of(SourceSpan span, SpanMap map) => new[] { span }.Concat(map.Fields.Select(f => map[f]));
        var all = Of(d.Span, d.Spans);
        if (d.Reviewer is { } r) all = all.Concat(Of(r.Span, r.Spans));
        if (d.Summary is { } s) all = all.Concat(Of(s.Span, s.Spans));
        foreach (var item in d.Items)
        {
            all = all.Concat(Of(item.Span, item.Spans));
            foreach (var c in item.Citations) all = all.Concat(Of(c.Span, c.Spans));
        }
        return all.Where(s => s.IsKnown);
    }

    private static bool Inside(SourceFile file, SourceSpan span)
    {
        bool Valid(int line, int column) => line >= 1 && line <= file.Lines.LineCount && column >= 1 && column <= file.LineText(line).Length + 1;
        var ordered = span.EndLine > span.Line || span.EndLine == span.Line && span.EndColumn >= span.Column;
        return Valid(span.Line, span.Column) && Valid(span.EndLine, span.EndColumn) && ordered;
    }
}
