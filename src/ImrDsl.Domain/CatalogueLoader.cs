using ImrDsl.Diagnostics;
using ImrDsl.Parsing;
using ImrDsl.Runtime;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Domain;

/// <summary>
/// Guideline catalogues declared in .imr files at run time (imr.json "catalogues"): parsed and checked like any
/// .imr file, then turned into the same runtime catalogues the generator emits.
/// </summary>
public static class CatalogueLoader
{
    public static (IReadOnlyList<GuidelineCatalogue> Catalogues, IReadOnlyList<Diagnostic> Diagnostics) Load(IEnumerable<SourceFile> files)
    {
        var syntax = files.Select(ImrParser.Parse).ToList();
        var compilation = ImrCompilation.Create(syntax, StandardLibrary.Files);
        var own = new HashSet<string>(syntax.Select(s => s.Source.Path), StringComparer.Ordinal);
        var catalogues = compilation.Model.Guidelines.Where(g => own.Contains(g.SourcePath)).Select(ToRuntime).ToList();
        return (catalogues, compilation.Diagnostics);
    }

    public static GuidelineCatalogue ToRuntime(GuidelineModel g)
        => new(g.Name, g.Title, g.Aliases.ToArray(), g.PageCount,
            g.Topics.Select(t => new GuidelineTopic(t.Title, t.Pages.Select(p => new PageRange(p.From, p.To)).ToArray(), t.Aliases.ToArray())).ToArray());
}
