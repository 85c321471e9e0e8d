using ImrDsl.TestSupport;
using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The letter reader's regular expressions were replaced by hand-written scanners (issue 10: loading the regex engine
/// and building its matchers was most of a check's start-up). Each expression is kept here, exactly as it was, as the
/// oracle: on text built from the pieces that matter to it (its words in every case, digits ASCII and not, every kind
/// of white space, separators, the Kelvin sign a case-ignoring expression reads as 'k', word characters that are not
/// letters), the scanner must find the same match, with the same groups, as the expression.
/// </summary>
public class ScannerEquivalenceTests
{
    private const RegexOptions Caseless = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Pieces every generator mixes in: white space of every kind, separators, digits, awkward characters.</summary>
    private static readonly string[] Noise =
    {
        " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u0085", ",", ".", ";", ":", "-", "/", "(", ")", "#", "_", "x", "a",
        "1", "12", "123", "1234", "0", "2014", "\u0663", "\u212A", "\u017F", "\u0130", "é", "\u200D", "\u0903",
    };

    private static Gen<string> Texts(int maxPieces, params string[][] alphabets)
    {
        var pieces = Gen.OneOf(alphabets.Append(Noise).Select(a => Gen.Elements(a)).ToArray());
        // Each word also in upper case and capitalised: the expressions ignore case.
        var cased = from piece in pieces
                    from form in Gen.Choose(0, 2)
                    select form == 0 ? piece : form == 1 ? piece.ToUpperInvariant() : piece.Length > 0 ? char.ToUpperInvariant(piece[0]) + piece.Substring(1) : piece;
        return Gen.ListOf(cased).Select(p => string.Concat(p.Take(maxPieces)));
    }

    /// <summary>A phrase made of one choice per slot ("" makes a slot optional): the shape an expression looks for, and near misses.</summary>
    private static Gen<string> Shapes(params string[][] slots)
        => slots.Aggregate(Gen.Constant(""), (made, slot) => from sofar in made from piece in Gen.Elements(slot) select sofar + piece);

    /// <summary>Generated text, half of it with a shaped phrase somewhere inside.</summary>
    private static Gen<string> Around(Gen<string> shapes, Gen<string> texts)
        => Gen.OneOf(texts, from before in texts from shape in shapes from after in texts select before + shape + after);

    /// <summary>Ranges of such text, a third of them starting right at the shaped phrase.</summary>
    private static Gen<(string Text, int Start, int End)> RangesAt(Gen<string> shapes, Gen<string> texts)
        => Gen.OneOf(Ranges(Around(shapes, texts)), Ranges(Around(shapes, texts)),
            from before in texts
            from shape in shapes
            from after in texts
            let text = before + shape + after
            from end in Gen.Choose(before.Length, text.Length)
            select (text, before.Length, end));

    /// <summary>A text and a range [start, end) inside it.</summary>
    private static Gen<(string Text, int Start, int End)> Ranges(Gen<string> texts)
        => from text in texts
           from start in Gen.Choose(0, text.Length)
           from end in Gen.Choose(start, text.Length)
           select (text, start, end);

    /// <summary>
    /// Holds the scanner to its expression on every generated case, and the generator to making cases the expression
    /// matches (one in fifty at least): a property over texts that never match would pass whatever the scanner did.
    /// </summary>
    private static void Agree<T>(Gen<T> cases, Func<T, bool> oracleMatches, Func<T, string?> disagreement, int tests = 3000)
    {
        var matched = 0;
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            if (oracleMatches(c)) matched++;
            if (disagreement(c) is { } why) throw new Xunit.Sdk.XunitException(why);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(tests).WithQuietOnSuccess(true));
        Assert.True(matched >= tests / 50, $"the expression matched only {matched} of {tests} generated cases");
    }

    private static string Show(string text) => "'" + text.Replace("\n", "\\n").Replace("\t", "\\t") + "'";

    private static string? Differ<T>(string text, T expected, T actual)
        => EqualityComparer<T>.Default.Equals(expected, actual) ? null : $"{Show(text)}: expected {expected}, got {actual}";

    // ---- summary: age and sex ---------------------------------------------------------------------------------------

    private static readonly Regex Age = new(@"\b(?<age>[0-9]{1,3})[- ]year[- ]old\b", Caseless);
    private static readonly Regex Sex = new(@"\b(?<sex>male|female|man|woman|gentleman|lady)\b", Caseless);

    [Fact]
    public void Age_is_found_as_the_expression_found_it()
    {
        var texts = Texts(14, new[] { "year", "old", "-year-old", " year old", "-year old", "47", "5", "100", "yea", "ol", "older", "years" });
        var ages = Shapes(new[] { "", " ", "x" }, new[] { "1", "47", "100", "1234", "\u0663" }, new[] { "-", " ", "_" }, new[] { "year", "YEAR", "yea" },
            new[] { "-", " " }, new[] { "old", "OLD", "older" }, new[] { "", ".", "x", "\u200D" });
        Agree(from r in RangesAt(ages, texts) select (r.Text, r.Start), c => Age.Match(c.Text, c.Start).Success, c =>
        {
            var match = Age.Match(c.Text, c.Start);
            var expected = match.Success ? (match.Groups["age"].Index, match.Groups["age"].Index + match.Groups["age"].Length, match.Index + match.Length) : ((int, int, int)?)null;
            return Differ(c.Text + " from " + c.Start, expected, LetterReader.FindAge(c.Text, c.Start));
        });
    }

    [Fact]
    public void Sex_is_found_as_the_expression_found_it()
    {
        var texts = Texts(12, new[] { "male", "female", "man", "woman", "gentleman", "lady", "males", "fe", "gentle", "ladys", "human" });
        Agree(from r in Ranges(texts) select (r.Text, r.Start), c => Sex.Match(c.Text, c.Start).Success, c =>
        {
            var match = Sex.Match(c.Text, c.Start);
            var expected = match.Success ? (match.Index, match.Length) : ((int, int)?)null;
            return Differ(c.Text + " from " + c.Start, expected, LetterReader.FindSex(c.Text, c.Start));
        });
    }

    // ---- dates ------------------------------------------------------------------------------------------------------

    private static readonly Regex NumericDate = new(@"\b(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>[0-9]{4}|[0-9]{2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex DashedDate = new(@"\b(?<m>[0-9]{1,2})(?<s>[-.])(?<d>[0-9]{1,2})\k<s>(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant);
    private static readonly Regex YearFirstDate = new(@"\b(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex NamedDate = new(@"\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})\b", Caseless);
    private static readonly Regex DayFirstDate = new(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>[0-9]{4})\b", Caseless);
    private static readonly string[] MonthKeys = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>LetterDates.Find by expressions: the first valid match of each, the earlier winning, a numeric one on a tie.</summary>
    private static (DateTime Date, int Index, int Length)? FindDateReference(string text, int start, int length)
    {
        (DateTime, int, int)? best = null;
        foreach (var regex in new[] { NumericDate, DashedDate, YearFirstDate, NamedDate, DayFirstDate })
        {
            for (var match = regex.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                if (ToDate(match) is not { } date) continue;
                if (best is null || match.Index < best.Value.Item2) best = (date, match.Index, match.Length);
                break;
            }
        }
        return best;
    }

    private static DateTime? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Value.Length == 2) year += year < 50 ? 2000 : 1900;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success
            ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : Array.IndexOf(MonthKeys, match.Groups["month"].Value.Substring(0, 3).ToLowerInvariant()) + 1;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day);
    }

    [Fact]
    public void Dates_are_found_as_the_expressions_find_them()
    {
        var texts = Texts(12, new[] { "1/16/2000", "11/10/11", "13/45/2014", "2/30/2012", "1/2/3", "/", "/2014", "3/4/98", "01/03/2014",
                "06-03-2012", "6.3.2012", "06-03.2012", "2012-06-03", "2012-13-03", "74-96", "1-2-12", "-", "." },
            new[] { "Feb", "February", "Sept", "Sep", "May", "Dec.", "Jun", "9", "31", ",", "2007", "1899", "Febr", "3rd", "1st", "22nd", "th", "of",
                "June", "of June", "3rd of" });
        // Whole dates of every form inside half the texts, so that the forms are met whole as well as in pieces.
        var dates = Gen.Elements("June 3rd, 2012", "3 June 2012", "the 3rd of June, 2012", "06-03-2012", "2012-06-03", "06.03.2012", "1/16/2000", "Feb. 9 2007");
        Agree(Ranges(Around(dates, texts)), c => FindDateReference(c.Text, c.Start, c.End - c.Start) is not null, c =>
            Differ($"{c.Text}[{c.Start}, {c.End})", FindDateReference(c.Text, c.Start, c.End - c.Start), LetterDates.Find(c.Text, c.Start, c.End - c.Start)), tests: 5000);
    }

    [Theory]
    [InlineData("injured 1/16/2000.", "2000-01-16")]
    [InlineData("on 13/45/2014 or 2/3/2014", "2014-02-03")]
    [InlineData("x1/2/2014 then Feb. 9, 2007", "2007-02-09")]
    [InlineData("\u212Aeb 9 2007 or Sept 9, 2007", "2007-09-09")]
    [InlineData("Feb\u212A 9, 2007", "2007-02-09")] // [a-z] with case ignored takes the Kelvin sign
    [InlineData("1/2/20145", null)]
    [InlineData("1/2/2014\u0663", null)]
    [InlineData("injured on June 3rd, 2012 at work", "2012-06-03")]
    [InlineData("injured on 3 June 2012", "2012-06-03")]
    [InlineData("on the 3rd of June, 2012", "2012-06-03")]
    [InlineData("on 06-03-2012", "2012-06-03")]
    [InlineData("on 06.03.2012", "2012-06-03")]
    [InlineData("on 2012-06-03", "2012-06-03")]
    [InlineData("Page(s): 74-96, 12-13", null)] // page ranges are not dates
    [InlineData("a 6-3-12 note", null)] // a dash needs a four-digit year
    [InlineData("on 06-03.2012", null)] // one separator throughout
    public void Dates_on_known_texts(string text, string? expected)
    {
        Assert.Equal(FindDateReference(text, 0, text.Length)?.Date, LetterDates.Find(text)?.Date);
        Assert.Equal(expected, LetterDates.Find(text)?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // ---- lines: page footers and numbered decisions -------------------------------------------------------------------

    private static readonly Regex PageFooter = new(@"^(?:Page|Pg\.?)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?$", Caseless);
    private static readonly Regex NumberedStart = new(@"^\(?(?<n>[0-9]{1,2})[.)]\s+\S", RegexOptions.CultureInvariant);

    [Fact]
    public void Page_footers_are_what_the_expression_matched()
    {
        var texts = Texts(8, new[] { "Page", "Pg", "Pg.", "page ", "of", " of ", "/", "2", "12345", "5 of 9" });
        var footers = Shapes(new[] { "Page", "Pg", "Pg.", "page", "PG.", "Pag" }, new[] { "", " ", "  ", "\t" }, new[] { "2", "12", "1234", "12345", "" },
            new[] { "", " of ", "of", " / ", "/", " OF ", " o " }, new[] { "", "5", "12345" }, new[] { "", "\n", " ", "x", "\n\n" });
        Agree(Gen.OneOf(texts, footers), text => PageFooter.IsMatch(text), text => Differ(text, PageFooter.IsMatch(text), LetterScan.IsPageFooter(text, 0, text.Length)), tests: 5000);
    }

    [Fact]
    public void Numbered_starts_are_what_the_expression_matched()
    {
        var texts = Texts(8, new[] { "(", "1)", "2.", "12.", "123.", "(3)", " The", "  x", ")" });
        var numbered = Shapes(new[] { "", "(" }, new[] { "1", "12", "123", "" }, new[] { ".", ")", ",", "" }, new[] { " ", "  ", "\t", "" }, new[] { "The", "", " ", "x" });
        Agree(RangesAt(numbered, texts), c => NumberedStart.Match(c.Text, c.Start, c.End - c.Start).Success, c =>
        {
            var match = NumberedStart.Match(c.Text, c.Start, c.End - c.Start);
            var expected = match.Success ? (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Index + match.Length) : ((int, int)?)null;
            return Differ($"{c.Text}[{c.Start}, {c.End})", expected, LetterReader.NumberedStart(c.Text, c.Start, c.End));
        }, tests: 5000);
    }

    private static readonly Regex DecisionPreamble = new(@"^(?:MAXIMUS Federal Services,? Inc\.?\s+)?(?:has\s+)?(?:determined|found)\s+(?:that\s+)?|^Regarding\s+|^the\s+request(?:ed)?\s+(?:for\s+)?", Caseless);

    [Fact]
    public void Decision_preambles_end_where_the_expression_ended()
    {
        var texts = Texts(10, new[] { "MAXIMUS Federal Services", ",", " Inc", ".", "has", "determined", "found", "that", "Regarding", "the", "request", "requested", "ed", "for", "Norco" });
        var preambles = Shapes(new[] { "", "", "MAXIMUS Federal Services, Inc. ", "maximus federal services inc\t", "MAXIMUS Federal Services Inc", "MAXIMUS Federal Services,Inc. " },
            new[] { "", "has ", "has" }, new[] { "determined", "found", "Regarding", "the request", "the requested", "the  request", "therequest" }, new[] { " ", "\t", "" },
            new[] { "", "that ", "for ", "that" });
        Agree(from r in RangesAt(preambles, texts) select (r.Text, r.Start), c => EndAtStart(DecisionPreamble, c.Text, c.Start, c.Text.Length) > c.Start, c =>
        {
            var match = DecisionPreamble.Match(c.Text, c.Start, c.Text.Length - c.Start);
            var expected = match.Success && match.Index == c.Start && match.Length > 0 ? c.Start + match.Length : -1;
            var actual = LetterReader.DecisionPreambleEnd(c.Text, c.Start);
            return Differ(c.Text + " from " + c.Start, expected, actual <= c.Start ? -1 : actual);
        }, tests: 5000);
    }

    [Theory]
    [InlineData("MAXIMUS Federal Services, Inc. has determined that Norco", 51)]
    [InlineData("maximus federal services inc\u00A0found  the", 36)]
    [InlineData("the requested  for x", 19)]
    [InlineData("Regarding\tNorco", 10)]
    [InlineData("has Norco", -1)]
    public void Decision_preambles_on_known_texts(string text, int end)
    {
        var match = DecisionPreamble.Match(text);
        Assert.Equal(match.Success ? match.Length : -1, end);
        Assert.Equal(end, LetterReader.DecisionPreambleEnd(text, 0));
    }

    // ---- item headings: dose, quantity, refills ----------------------------------------------------------------------

    private static readonly Regex Dose = new(@"(?<dose>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?\s*(?:(?:mg|mcg|gm|g|ml|units?)\b|%))", Caseless);
    /// <summary>The first quantity, its digits cut to six as the typed item reads them.</summary>
    private static (int, int)? FirstQuantity(string text)
        => QuantityExpression.Quantities(text).FirstOrDefault() is { } n ? (n.Index, Math.Min(6, n.Length)) : null;
    private static readonly Regex Refills = QuantityExpression.Refills;

    private static (int, int)? Group(Match match, string name) => match.Success ? (match.Groups[name].Index, match.Groups[name].Length) : null;

    [Fact]
    public void Service_parts_are_what_the_expressions_found()
    {
        var texts = Texts(12, new[] { "mg", "mcg", "gm", "g", "ml", "unit", "units", "unitsx", "%", "refill", "refills", "Norco", "10/325", ".5", "1234567", "# ", "s",
            "Tylenol", "codeine", "Qty", "quantity of", ":", ")", "tablets", "caps", "daily", "q4", "a", "No.", "x", "weeks",
            // Runs of digits and dotted numbers, which a start inside the run must read as the run's start does.
            "999999999", "1.2.3", "123.45", "10/325/5" });
        var services = Shapes(new[] { "10", "10/325", "0.5", "1234" }, new[] { "", " ", "  " }, new[] { "mg", "MG", "units", "unit", "gm", "%", "mgs", "refills", "refill" },
            new[] { "", " ", "s", "x" }, new[] { "#", "# ", "#\u00A0", "No. ", "x ", "x" }, new[] { "120", "1234567", "", "x" },
            new[] { "", " 3 refills", " 1 Refill", " 1234 refills", "3 refillsx", " 90 tablets", " (90) capsules", " Qty: 60", " 1 tablet every 6 hours", " Tylenol #3",
                " 2 x 6, 3 refills", " x 6 weeks, 3 refills", " Tylenol No. 3", ", refills x 3", " Refills: 2", " refill #1", " refills x1234" });
        Agree(Around(services, texts), text => Dose.IsMatch(text) && FirstQuantity(text) is not null && Refills.IsMatch(text), text =>
            Differ(text, (Group(Dose.Match(text), "dose"), FirstQuantity(text), Group(Refills.Match(text), "n")),
                (LetterReader.FindDose(text), LetterReader.FindQuantity(text), LetterReader.FindRefills(text))), tests: 5000);
    }

    // ---- reviewer: the credential sentence ---------------------------------------------------------------------------

    private static readonly Regex Credential = new(@"Board Certified in (?<specialty>[^,.;]+?)(?:,| and |\.|;)(?:.*?sub-?specialty in (?<sub>[^,.;]+?)(?:,| and |\.|;))?(?:.*?licensed to practice in (?<states>[^.;]+))?", Caseless | RegexOptions.Singleline);

    [Fact]
    public void Credentials_are_what_the_expression_found()
    {
        var texts = Texts(16, new[] { "Board Certified in ", "Board Certified in", "sub-specialty in ", "subspecialty in ", "sub", "specialty in ",
            "licensed to practice in ", " and ", "and", "Pain", "Medicine", "California", "Texas" });
        var credentials = Shapes(new[] { "Board Certified in ", "board certified in " }, new[] { "Pain Medicine", "", "Anesthesiology and Pain" }, new[] { ",", " and ", ".", ";", "" },
            new[] { " has a ", " " }, new[] { "subspecialty in ", "sub-specialty in ", "sub specialty in " }, new[] { "Pain", "" }, new[] { ",", " and ", "." },
            new[] { " is ", "" }, new[] { "licensed to practice in ", "Licensed to practice in" }, new[] { "California", "Texas and Ohio", ".", "" }, new[] { ".", "" });
        Agree(Around(credentials, texts), text => Credential.Match(text).Groups["sub"].Success, text =>
        {
            var match = Credential.Match(text);
            (int, int)? Span(string name) => match.Groups[name].Success ? (match.Groups[name].Index, match.Groups[name].Index + match.Groups[name].Length) : null;
            var expected = match.Success
                ? new LetterReader.Credential(match.Index, match.Index + match.Length, match.Groups["specialty"].Index, match.Groups["specialty"].Index + match.Groups["specialty"].Length, Span("sub"), Span("states"))
                : (LetterReader.Credential?)null;
            return Differ(text, expected, LetterReader.FindCredential(text));
        }, tests: 4000);
    }

    // ---- citations ----------------------------------------------------------------------------------------------------

    private static readonly Regex CitationStart = new(@"Decision based on|based\s+(?:its|his/her|his|her|their)\s+decisions?\s+on(?:\s+the\b)?", Caseless);

    [Fact]
    public void Citation_markers_are_what_the_expression_found()
    {
        var texts = Texts(14, new[] { "Decision based on", "decision based on ", "based", "its", "his/her", "his", "her", "their", "decision", "decisions", "on", "the", "them", "MTUS" });
        Agree(texts, text => CitationStart.IsMatch(text), text =>
            Differ(text, string.Join(" ", CitationStart.Matches(text).Select(m => $"{m.Index}+{m.Length}")),
                string.Join(" ", CitationReader.CitationStarts(text).Select(m => $"{m.Index}+{m.End - m.Index}"))), tests: 4000);
    }

    private static readonly Regex JurisdictionPrefix = new(@"(?:the\s+)?(?:(?:CA|Cal|California)\b\.?)?\s*(?=\S)", Caseless);
    private static readonly Regex PageTotal = new(@"\s*of\s+[0-9]{1,4}\b", Caseless);
    private const string LegalReferencePattern = @"(?:[0-9]+\s*C\.?\s*C\.?\s*R\.?|California\s+Code\s+of\s+Regulations,?\s*(?:Title\s*[0-9]+)?)\s*,?\s*(?:(?:§+|Sections?|Sec\.)\s*)?[0-9]+(?:\.[0-9]+)*(?:\s*(?:-|to|through)\s*[0-9]+(?:\.[0-9]+)*)?[\s,;:]*";
    private static readonly Regex LegalReference = new(LegalReferencePattern, Caseless);
    private const string LegalNotePattern = @"\(\s*" + LegalReferencePattern + @"(?:et\s+seq(?:\.|\b)[\s,;:]*)?\s*\)|" + LegalReferencePattern + @"(?:et\s+seq(?:\.|\b)[\s,;:]*)?";
    private static readonly Regex EditionNote = new(@"(?:[\s,;:-]*(?:" + LegalNotePattern + @"|\(\s*(?:Effective|eff\.|Rev(?:ised)?\.?|Updated)[^)]*\)|\(?[0-9]{4}\)?(?![0-9-])|(?:ACOEM\s+)?Practice\s+Guidelines?|Guidelines?|[0-9]+(?:st|nd|rd|th)\s+Ed(?:ition|\.)?(?:\s*\(?[0-9]{4}\)?)?|Edition|Revised\s+[0-9]{4}|MTUS|Non-MTUS|(?:(?:Effective|eff\.)\s*)?(?:\b[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}\b)))+", Caseless);
    private static readonly Regex PartOfTheMtus = new(@",?\s*which\s+(?:is|are)\s+(?:not\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?MTUS.*$", Caseless | RegexOptions.Singleline);

    /// <summary>Where a match of the expression that begins right at the range's start ends, or -1.</summary>
    private static int EndAtStart(Regex regex, string text, int start, int end)
    {
        var match = regex.Match(text, start, end - start);
        return match.Success && match.Index == start ? start + match.Length : -1;
    }

    [Fact]
    public void Jurisdiction_prefixes_are_what_the_expression_matched()
    {
        var texts = Texts(8, new[] { "the", "the ", "CA", "Cal", "Cal.", "California", "MTUS", "them", " ", ".", "Calif" });
        Agree(Ranges(texts), c => EndAtStart(JurisdictionPrefix, c.Text, c.Start, c.End) > c.Start, c => Differ($"{c.Text}[{c.Start}, {c.End})", EndAtStart(JurisdictionPrefix, c.Text, c.Start, c.End), CitationReader.JurisdictionPrefixEnd(c.Text, c.Start, c.End)), tests: 5000);
    }

    [Fact]
    public void Page_totals_are_what_the_expression_matched()
    {
        var texts = Texts(8, new[] { "of", " of ", "of127", "127", "12345", "ofx" });
        var totals = Shapes(new[] { "", " ", "  " }, new[] { "of", "OF", "o" }, new[] { " ", "", "  " }, new[] { "127", "12345", "1", "" }, new[] { "", "x", " ", "\u0663" });
        Agree(RangesAt(totals, texts), c => EndAtStart(PageTotal, c.Text, c.Start, c.End) >= 0, c =>
        {
            var expected = EndAtStart(PageTotal, c.Text, c.Start, c.End);
            return Differ($"{c.Text}[{c.Start}, {c.End})", expected < 0 ? c.Start : expected, CitationReader.SkipPageTotal(c.Text, c.Start, c.End));
        }, tests: 5000);
    }

    [Fact]
    public void Legal_references_are_what_the_expression_matched()
    {
        var texts = Texts(12, new[] { "8", " C.C.R.", "CCR", "C.", "R", "California", "Code", "of", "Regulations", "Title", "Title 8", "§", "§§", "Section", "Sections",
            "Sec.", "Sec", "9792.20", ".20", "-", "to", "through", "today", "9792", "89792" });
        var references = Shapes(new[] { "8 C.C.R.", "8 CCR", "8 C.C.R", "California Code of Regulations", "California  Code of Regulations," },
            new[] { "", " Title 8", " Title 89792.20", " Title", "," }, new[] { "", ",", " " }, new[] { "", "§", "§§ ", "Section ", "Sections ", "Sec. ", "Sec " },
            new[] { "9792.20", "9792", "" }, new[] { "", " - 9792.26", " to 9792.26", " through ", "-x" }, new[] { "", ", ", "; ", "x" });
        Agree(RangesAt(references, texts), c => EndAtStart(LegalReference, c.Text, c.Start, c.End) >= 0, c => Differ($"{c.Text}[{c.Start}, {c.End})", EndAtStart(LegalReference, c.Text, c.Start, c.End), CitationReader.LegalReferenceEnd(c.Text, c.Start, c.End)), tests: 8000);
    }

    [Theory]
    [InlineData("8 C.C.R. 9792.20 - 9792.26, MTUS", 28)]
    [InlineData("California Code of Regulations, Title 8, Section 9792.20", 56)]
    [InlineData("California Code of Regulations Title 89792.20 x", 46)]
    [InlineData("California Code of Regulations, Title 8", -1)]
    [InlineData("8 CCR today", -1)]
    public void Legal_references_on_known_texts(string text, int end)
    {
        Assert.Equal(EndAtStart(LegalReference, text, 0, text.Length), end);
        Assert.Equal(end, CitationReader.LegalReferenceEnd(text, 0, text.Length));
    }

    [Fact]
    public void Edition_notes_are_what_the_expression_matched()
    {
        var texts = Texts(12, new[] { "(Effective July 18, 2009)", "(eff. 2010)", "(Rev", "(Revised.", "(Updated", "(", ")", "2004", "(2004)", "(2004)-", "20045",
            "ACOEM", "Practice", "Guidelines", "Guideline", "2nd", "3rd", "th", "Ed", "Ed.", "Edition", "Revised", "MTUS", "Non-MTUS", "Pain",
            "7/18/2009", "7/18/09", "12/1/20091", "July 18, 2009", "Jul. 18 2009", "Sept 1st, 2010", "Effective", "Effective ", "eff. ", "x",
            "8 C.C.R. 9792.20 - 9792.26", "(8 CCR 9792.20", " et seq.", "et seq", "et sequel", "(California Code of Regulations, Title 8, Section 9792.24.2)", "9792.20)" });
        Agree(Ranges(texts), c => EndAtStart(EditionNote, c.Text, c.Start, c.End) > c.Start, c =>
        {
            var expected = EndAtStart(EditionNote, c.Text, c.Start, c.End);
            return Differ($"{c.Text}[{c.Start}, {c.End})", expected <= c.Start ? c.Start : expected, CitationReader.EditionNoteEnd(c.Text, c.Start, c.End));
        }, tests: 8000);
    }

    [Fact]
    public void Mtus_tails_are_where_the_expression_found_them()
    {
        var texts = Texts(14, new[] { "which", "is", "are", "not", "a", "apart", "part", "of", "the", "MTUS", ", which is not part of the MTUS" });
        Agree(Ranges(texts), c => PartOfTheMtus.Match(c.Text, c.Start, c.End - c.Start).Success, c =>
        {
            var match = PartOfTheMtus.Match(c.Text, c.Start, c.End - c.Start);
            return Differ($"{c.Text}[{c.Start}, {c.End})", match.Success ? match.Index : -1, CitationReader.PartOfTheMtusIndex(c.Text, c.Start, c.End));
        }, tests: 5000);
    }

    // ---- letter text: glued words ------------------------------------------------------------------------------------

    private static readonly Regex GluedWords = new(@"\b(?<first>not|is|are|be|been|was|medically)(?<second>medically|necessary|certified|recommended|supported|indicated|warranted|appropriate|established|reasonable)\b", Caseless);

    [Fact]
    public void Glued_words_are_split_where_the_expression_split_them()
    {
        // Long texts too, with ordinary words: the split is searched for from the endings, by a search that skips ahead.
        var words = new[] { "not", "is", "are", "be", "been", "was", "medically", "necessary", "certified", "recommended", "reasonable", "en", "s" };
        var texts = Gen.OneOf(Texts(12, words), Texts(60, words, new[] { "the ", "request ", "un", "in", "appropriate", "supported", "contraindicated " }));
        Agree(texts, text => GluedWords.IsMatch(text), text =>
            Differ(text, string.Join(",", GluedWords.Matches(text).Select(m => m.Groups["second"].Index)), string.Join(",", LetterText.GluedSplits(text))), tests: 5000);
    }
}
