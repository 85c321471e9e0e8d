using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain;
using ImrDsl.Domain.Export;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The declarations are the one source of truth: a letter checked by `imr check`, the .imr case document
/// `imr extract` makes of it (checked by `imr check` too), and the same model validated through the embedded API
/// report the same findings. Letters are the repository's own, with header values that break declared
/// constraints (a malformed case number, an impossible age) generated at random.
/// </summary>
public class OneSourceOfTruthTests
{
    private static readonly string[] Letters = Directory.GetFiles(Path.Combine(ImrProcess.RepoRoot, "examples", "letters"), "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static readonly Gen<string> CaseNumbers = Gen.OneOf(
        Gen.Elements("CM13-0068515", "CM15-1234567", "IMR 16-123456"),
        Gen.Elements("BOGUS-1", "CM13-68515", "cm13-0068515", "CM1-0000000", "IMR16-123456", "CM13 0068515"));

    private static readonly Gen<int> Ages = Gen.OneOf(Gen.Choose(18, 90), Gen.Choose(121, 999));

    [Fact]
    public void Letter_extracted_case_and_embedded_api_report_the_same_findings()
    {
        var root = Directory.CreateTempSubdirectory("imr-truth-").FullName;
        try
        {
            var cases = Gen.Zip(Gen.Choose(0, Letters.Length - 1), Gen.Zip(CaseNumbers, Ages)).Sample(40).Select((c, i) => (Index: i, Letter: c.Item1, CaseNumber: c.Item2.Item1, Age: c.Item2.Item2)).ToList();
            var embedded = new Dictionary<string, List<string>>();
            foreach (var c in cases)
            {
                var text = Mutate(File.ReadAllText(Letters[c.Letter]), c.CaseNumber, c.Age);
                var name = $"l{c.Index:D2}-{Path.GetFileNameWithoutExtension(Letters[c.Letter])}";
                File.WriteAllText(Path.Combine(root, name + ".txt"), text);
                var model = LetterReader.Standard.Read(new SourceFile(name + ".txt", text));
                File.WriteAllText(Path.Combine(root, name + ".imr"), CaseDocumentWriter.Write(model));
                embedded[name] = Ids(ImrValidation.Validate(model, Guidelines.Context).Select(d => d.Id));
                // The case document checked in process must agree as well: the library path an embedding program uses.
                var inProcess = CaseValidation.CheckFile(new SourceFile(name + ".imr", CaseDocumentWriter.Write(model)), StandardLibrary.Files);
                Assert.Equal(embedded[name], Ids(inProcess.Select(d => d.Id)));
            }

            var result = ImrProcess.Run(root, null, "check", "--format", "json", ".");
            Assert.True(result.ExitCode is 0 or 1, result.Stderr);
            var reported = new Dictionary<string, List<string>>();
            using (var json = JsonDocument.Parse(result.Stdout))
                foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
                    reported[file.GetProperty("path").GetString()!.Replace('\\', '/')] =
                        Ids(file.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!));

            Assert.Contains(embedded.Values, ids => ids.Contains("IMR208"));
            Assert.Contains(embedded.Values, ids => ids.Contains("IMR209"));
            foreach (var (name, ids) in embedded)
            {
                Assert.True(ids.SequenceEqual(Found(reported, name + ".txt")), $"{name}.txt: API [{string.Join(",", ids)}] vs imr check [{string.Join(",", Found(reported, name + ".txt"))}]");
                Assert.True(ids.SequenceEqual(Found(reported, name + ".imr")), $"{name}.imr: API [{string.Join(",", ids)}] vs imr check [{string.Join(",", Found(reported, name + ".imr"))}]");
            }
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    /// <summary>Sets the header's case number (adding a header line if the letter has none) and the stated age.</summary>
    private static string Mutate(string letter, string caseNumber, int age)
    {
        var text = Regex.IsMatch(letter, @"Case Number:")
            ? Regex.Replace(letter, @"(Case Number:(?:</b>)?[ \t]*)[^\t\r\n<]+", m => m.Groups[1].Value + caseNumber)
            : $"Case Number: {caseNumber}\n\n" + letter;
        return Regex.Replace(text, @"\b\d{1,3}(?=[- ]year[- ]old\b)", age.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Found(Dictionary<string, List<string>> reported, string file)
        => reported.TryGetValue(file, out var ids) ? ids : reported.TryGetValue("./" + file, out ids) ? ids : new List<string>();

    private static List<string> Ids(IEnumerable<string> ids) => ids.OrderBy(i => i, StringComparer.Ordinal).ToList();
}
