using Imr.Std;
using static ImrDsl.Domain.Tests.LetterLayouts;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// A quantity is the same fact however a letter writes it ("#120", "120 tablets", "Qty: 120", "quantity of 120"), in
/// the heading and in the conclusion alike: IMR004 compares the values, and the typed item holds the value. The number
/// in a drug's name ("Tylenol #3") and the tablets of one dose ("1 tablet every 6 hours") are no quantity.
/// </summary>
public class QuantityNotationTests
{
    private static readonly string[] Notations = { "#{0}", "# {0}", "{0} tablets", "({0}) capsules", "Qty: {0}", "Qty {0}", "quantity of {0}", "QTY #{0}" };

    private const string Citation = "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.";

    private static List<ImrDsl.Diagnostics.Diagnostic> Check(string era, bool doubleSpaced, string service, string conclusionService, out Determination model)
    {
        var rationale = $"The records show no functional gain. Therefore, the request for {conclusionService} is not medically necessary.";
        (model, var findings) = Checked(Letter(doubleSpaced, OneItem(era, service, "Upheld", Citation, rationale)));
        return findings;
    }

    public static IEnumerable<object[]> Pairs()
    {
        foreach (var heading in Notations)
        foreach (var conclusion in Notations)
            yield return new object[] { heading, conclusion };
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_quantity_is_compared_however_it_is_written(string headingNotation, string conclusionNotation)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
        {
            var service = "Norco 10/325mg " + string.Format(headingNotation, 120);
            var same = Check(era, doubleSpaced, service, "Norco 10/325mg " + string.Format(conclusionNotation, 120), out var model);
            Assert.Empty(same);
            Assert.Equal(120, Assert.Single(model.Items).Quantity);

            var other = Check(era, doubleSpaced, service, "Norco 10/325mg " + string.Format(conclusionNotation, 90), out _);
            var finding = Assert.Single(other);
            Assert.Equal("IMR004", finding.Id);
            Assert.Contains("names #90", finding.Message);
        }
    }

    [Theory]
    [InlineData("Tylenol #3")]
    [InlineData("Tylenol # 3")]
    [InlineData("Tylenol with Codeine #4")]
    [InlineData("Acetaminophen with codeine #3")]
    public void The_number_in_a_drugs_name_is_no_quantity(string drug)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
        {
            Assert.Empty(Check(era, doubleSpaced, drug + " #120", drug + " #120", out var model));
            Assert.Equal(120, Assert.Single(model.Items).Quantity);
            var finding = Assert.Single(Check(era, doubleSpaced, drug + " #120", drug + " #90", out _));
            Assert.Equal("IMR004", finding.Id);
            Assert.EndsWith("names #90 but the heading is '" + drug + " #120'", finding.Message);
        }
    }

    [Theory]
    [InlineData("1 tablet every 6 hours")]
    [InlineData("2 tablets daily")]
    [InlineData("1 tablet q6h as needed")]
    [InlineData("1 tab by mouth")]
    [InlineData("2 capsules at bedtime")]
    public void The_tablets_of_one_dose_are_no_quantity(string dosing)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
            Assert.Empty(Check(era, doubleSpaced, "Norco 10/325mg #120", $"Norco 10/325mg, {dosing},", out _));
    }
}
