using System.Text;

namespace ImrDsl.Benchmarks;

/// <summary>A realistic .imr case file of about the requested size: cases with items, citations and rationales.</summary>
public static class GeneratedDocument
{
    public static string RepoRoot() => ImrDsl.TestSupport.RepositoryRoot.Path;

    public static string Create(int targetChars)
    {
        var builder = new StringBuilder(targetChars + 4096);
        builder.Append("// generated for benchmarks\n");
        var n = 0;
        while (builder.Length < targetChars)
        {
            n++;
            builder.Append($"case \"CM13-{n:D7}\" {{\n  decision-date = 2014-05-27\n  injury-date = 2011-11-10\n  priority = \"Standard\"\n");
            builder.Append("  reviewer {\n    specialty = \"Anesthesiology\"\n    licensure = [\"California\", \"Nevada\"]\n  }\n");
            for (var i = 0; i < 5; i++)
            {
                builder.Append($"  item \"Baclofen 10mg #{60 + i}\" {{\n    outcome = {(i % 2 == 0 ? "upheld" : "overturned")}\n");
                builder.Append("    citation reviewer {\n      guideline = \"MTUS Chronic Pain Treatment Guidelines\"\n      topic = \"Muscle Relaxants\"\n      pages = 63-66, 97\n    }\n");
                builder.Append("    /* the reviewer's reasons */\n    rationale = \"\"\"\n      MTUS identifies documentation of spasticity as criteria necessary to support medical necessity.\n      Therefore, the request is not medically necessary.\n      \"\"\"\n  }\n");
            }
            builder.Append("}\n\n");
        }
        return builder.ToString();
    }
}
