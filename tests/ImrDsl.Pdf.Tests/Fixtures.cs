namespace ImrDsl.Pdf.Tests;

/// <summary>
/// The PDF fixtures: example letters printed by real producers (Fixtures/make-fixtures.sh), each beside the
/// letter it was made from (examples/letters/NAME.txt, or draft.docx for the draft).
/// </summary>
internal static class Fixtures
{
    public static readonly string[] Producers = { "chromium", "libreoffice", "ghostscript" };

    public static string Root => ImrDsl.TestSupport.RepositoryRoot.Path;
    public static string Folder => Path.Combine(Root, "tests", "ImrDsl.Pdf.Tests", "Fixtures");

    /// <summary>Every fixture as (producer, PDF path).</summary>
    public static IEnumerable<(string Producer, string Pdf)> All
        => Producers.SelectMany(p => Directory.GetFiles(Path.Combine(Folder, p), "*.pdf").OrderBy(f => f, StringComparer.Ordinal).Select(f => (p, f)));

    public static IEnumerable<object[]> Cases => All.Select(c => new object[] { c.Producer, Path.GetFileName(c.Pdf) });

    public static string Pdf(string producer, string name) => Path.Combine(Folder, producer, name);

    /// <summary>The letter a fixture was made from.</summary>
    public static string SourceLetter(string pdfName)
    {
        var stem = Path.GetFileNameWithoutExtension(pdfName);
        var letters = Path.Combine(Root, "examples", "letters");
        var text = Path.Combine(letters, stem + ".txt");
        return File.Exists(text) ? text : Path.Combine(letters, stem + ".docx");
    }
}
