namespace ImrDsl.Domain.Tests;

/// <summary>Case documents checked as `imr check` checks them: the semantic pass, then the generated validators.</summary>
public class CaseDocumentTests
{
    private static IReadOnlyList<ImrDsl.Diagnostics.Diagnostic> Check(string text, string path)
        => CaseValidation.CheckFile(new ImrDsl.Text.SourceFile(path, text), StandardLibrary.Files)
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();

    [Fact]
    public void Five_independent_mistakes_give_exactly_five_diagnostics_at_the_right_places()
    {
        var path = Path.Combine(Letters.Root, "examples", "cases", "mistakes.imr");
        var diagnostics = Check(File.ReadAllText(path), "mistakes.imr");
        var found = diagnostics.Select(d => (d.Id, d.Line, d.Column)).ToList();
        Assert.Equal(new[]
        {
            ("IMR108", 4, 19),  // 2015-13-02 is not a date
            ("IMR209", 7, 11),  // age 212 is out of range
            ("IMR204", 11, 15), // 'uphled' is not an Outcome
            ("IMR203", 15, 15), // pages 80-74 run backwards
            ("IMR205", 20, 5),  // 'outcom' is not a field (and the missing outcome is not reported again)
        }, found);
        Assert.Contains("did you mean 'upheld'?", diagnostics[2].Message);
        Assert.Contains("did you mean 'outcome'?", diagnostics[4].Message);
    }

}
