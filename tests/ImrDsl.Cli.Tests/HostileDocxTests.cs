using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Hostile .docx files in one run of the real imr process: XML nested thousands deep, zip bombs, too many parts,
/// entity expansion, and broken zips. Each is refused with a reason (IMR000) or read; the run reports them all
/// within the harness's bounds, and the good draft beside them is still read.
/// </summary>
public class HostileDocxTests
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] Docx(Action<Stream> writeDocument, int extraEntries = 0)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var rels = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
                rels.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using (var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()) writeDocument(document);
            for (var i = 0; i < extraEntries; i++) zip.CreateEntry($"x/{i}", CompressionLevel.NoCompression);
        }
        return memory.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static Dictionary<string, byte[]> HostileFiles()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["deep.docx"] = Docx(s =>
            {
                Write(s, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
                for (var i = 0; i < 20_000; i++) Write(s, "<w:p>");
                for (var i = 0; i < 20_000; i++) Write(s, "</w:p>");
                Write(s, "</w:body></w:document>");
            }),
            ["bomb.docx"] = Docx(s =>
            {
                Write(s, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
                var block = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
                for (var i = 0; i < 64; i++) s.Write(block); // 64 MB of text in about 64 KB
                Write(s, "</w:t></w:r></w:p></w:body></w:document>");
            }),
            ["many-elements.docx"] = Docx(s =>
            {
                Write(s, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p>");
                var runs = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<w:r/>", 100_000)));
                for (var i = 0; i < 12; i++) s.Write(runs); // 1,200,000 elements in 7.2 MB: under the size limit
                Write(s, "</w:p></w:body></w:document>");
            }),
            ["laughs.docx"] = Docx(s => Write(s,
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" +
                $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>")),
            ["many-parts.docx"] = Docx(s => Write(s, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body/></w:document>"), extraEntries: 12_000),
        };
        var draft = File.ReadAllBytes(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "draft.docx"));
        var random = new Random(5);
        for (var n = 0; n < 40; n++)
        {
            var bytes = (byte[])draft.Clone();
            if (n % 2 == 0) Array.Resize(ref bytes, random.Next(1, bytes.Length));
            else for (var k = 0; k < 1 + n % 7; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            files[$"broken{n:00}.docx"] = bytes;
        }
        return files;
    }

    [Fact]
    public void Deep_bombed_and_broken_docx_files_are_each_reported_and_the_good_draft_is_still_read()
    {
        using var temp = new TempFolder();
        var files = HostileFiles();
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(temp.Path, name), bytes);
        File.Copy(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "draft.docx"), Path.Combine(temp.Path, "good.docx"));

        var result = HostileHarness.Run(temp.Path, "check", ".", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var findings = document.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => f.GetProperty("findings").EnumerateArray().Select(x => x.GetProperty("ruleId").GetString() + ": " + x.GetProperty("message").GetString()).ToList());
        Assert.Equal(files.Count + 1, findings.Count);
        Assert.Empty(findings["good.docx"]);
        Assert.Equal("IMR000: the .docx document nests XML more than 256 deep; it is not read", Assert.Single(findings["deep.docx"]));
        Assert.Equal("IMR000: a part of the .docx file expands to more than 8 MB; it is not read", Assert.Single(findings["bomb.docx"]));
        Assert.Equal("IMR000: the .docx document has more than 1,000,000 XML elements; it is not read", Assert.Single(findings["many-elements.docx"]));
        Assert.Equal("IMR000: the .docx file cannot be opened (it holds a document type declaration (DTD), which imr does not read)", Assert.Single(findings["laughs.docx"]));
        // Damaged files are described for their readers, never in the zip or XML parsers' vocabulary.
        foreach (var message in findings.Values.SelectMany(f => f))
            foreach (var jargon in new[] { "XmlReaderSettings", "DtdProcessing", "isFinalBlock", "Exception", "System." })
                Assert.DoesNotContain(jargon, message);
        Assert.Equal("IMR000: the .docx file holds 12002 parts; more than 10000 are not read", Assert.Single(findings["many-parts.docx"]));
        Assert.All(findings.Where(f => f.Key.StartsWith("broken", StringComparison.Ordinal)).SelectMany(f => f.Value),
            f => Assert.DoesNotContain("IMR901", f));
    }
}
