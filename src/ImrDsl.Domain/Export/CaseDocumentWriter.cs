using ImrDsl.Formatting;
using Imr.Std;

namespace ImrDsl.Domain.Export;

/// <summary>A Determination as an .imr case document, written by the generated walker (see ImrDocumentWriter).</summary>
public static class CaseDocumentWriter
{
    public static string Write(Determination d, string? comment = null) => ImrDocumentWriter.Write(d.WriteDocument, comment);
}
