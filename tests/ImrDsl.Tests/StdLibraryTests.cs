using ImrDsl.Parsing;
using ImrDsl.Semantics;

namespace ImrDsl.Tests;

public class StdLibraryTests
{
    private static ImrCompilation CompileStd()
        => ImrCompilation.Create(Repo.StdFiles.Select(p => ImrParser.Parse(Path.GetRelativePath(Repo.Root, p), File.ReadAllText(p))).ToList());

    [Fact]
    public void Standard_library_has_no_diagnostics()
    {
        var compilation = CompileStd();
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Mtus_catalogue_has_every_topic_of_the_reference_table()
    {
        var model = CompileStd().Model;
        var mtus = Assert.Single(model.Guidelines, g => g.Name == "MtusChronicPain2009");
        var rows = File.ReadAllLines(Repo.PathOf("tests", "ImrDsl.Tests", "Data", "mtus-cpmtg-2009.tsv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(rows.Count, mtus.Topics.Count);
        foreach (var row in rows)
        {
            var topic = Assert.Single(mtus.Topics, t => t.Title == row[0]);
            var expected = row[1].Split(';').Select(r => r.Trim().Split('-')).Select(p => new PageRangeModel(int.Parse(p[0]), int.Parse(p[^1])));
            Assert.Equal(expected, topic.Pages);
            var aliases = row[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(aliases, topic.Aliases);
        }
        Assert.Equal(127, mtus.PageCount);
    }

    [Fact]
    public void Rules_IMR000_to_IMR008_are_declared_with_documentation()
    {
        var model = CompileStd().Model;
        var ids = model.Rules.Select(r => r.Id).OrderBy(id => id).ToList();
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"IMR00{i}"), ids);
        foreach (var rule in model.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Docs.Summary), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Docs.Why), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Docs.Failing), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Docs.Passing), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Docs.Suppress), rule.Id);
        }
        Assert.Equal(2, model.FindRule("IMR003")!.Checks.Count);
        Assert.Empty(model.FindRule("IMR000")!.Checks);
    }
}
