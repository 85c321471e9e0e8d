// Reads payer reviews (.imr documents) into the generated, typed model and prints it with its findings.
using ImrDsl.Binding;
using ImrDsl.Parsing;
using ImrDsl.Runtime;
using TypedCases.Model;

var paths = args.Length > 0 ? args : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reviews"), "*.imr");
var exitCode = 0;
foreach (var path in paths.OrderBy(p => p, StringComparer.Ordinal))
{
    var file = ImrParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
    foreach (var diagnostic in file.Diagnostics)
    {
        Console.WriteLine(diagnostic);
        exitCode = 1;
    }

    foreach (var review in PayerReview.ReadDocuments(BlockReader.Documents(file)))
    {
        Console.WriteLine($"Review {review.Claim} by {review.Adjuster} ({review.Items.Count} items)");
        foreach (var item in review.Items)
        {
            var cited = string.Join("; ", item.Citations.Select(c => $"{c.Topic} {PageRange.Describe(c.Pages)}"));
            Console.WriteLine($"  {item.Service}: {item.Outcome?.Display()} [{cited}]");
        }

        foreach (var finding in ImrValidation.Validate(review, Guidelines.Context))
        {
            Console.WriteLine($"  {finding}");
            if (finding.Severity == ImrDsl.Diagnostics.Severity.Error) exitCode = 1;
        }
    }
}
return exitCode;
