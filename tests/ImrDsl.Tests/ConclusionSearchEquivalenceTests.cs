using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// The conclusion search was made cheaper for issue 10 (it stops at the first sentence that settles the answer, lowers
/// ASCII without a call per character, and jumps from one closing mark to the one before it). It must answer exactly as
/// the search it replaced, kept in <see cref="ConclusionsReference"/>: the member, its display text and the sentence.
/// </summary>
public class ConclusionSearchEquivalenceTests
{
    /// <summary>Phrases of both kinds (decisive and general), several sharing a last word, one that is only punctuation.</summary>
    private static readonly IReadOnlyList<OutcomePhrases> Mixed = new[]
    {
        new OutcomePhrases("upheld", "Upheld", new[] { "is not medically necessary", "not medically necessary", "is not recommended", "is not certified",
            "non-certified", "is not supported", "the denial is upheld", "medical necessity has not been established", "is notmedically necessary", "is upheld",
            "Not recommended.", "Denied." }),
        new OutcomePhrases("overturned", "Overturned", new[] { "is medically necessary", "is recommended", "is certified", "is supported",
            "has been established", "is Medically  Necessary!", "10.5 mg is appropriate", "is overturned", "Medically necessary.", "Recommended.  ", "Certified." }),
        new OutcomePhrases("odd", "Odd", new[] { "...", "É recommended", "\u212Aeep" }),
    };

    /// <summary>Plain phrases, and phrases that are a verdict only as a whole sentence ("Medically necessary.").</summary>
    private static readonly IReadOnlyList<OutcomePhrases> Plain = new[]
    {
        new OutcomePhrases("upheld", "Upheld", new[] { "is not medically necessary", "is not recommended", "Not recommended.", "Denied." }),
        new OutcomePhrases("overturned", "Overturned", new[] { "is medically necessary", "is recommended", "Medically necessary.", "Recommended.  ", "Certified." }),
    };

    /// <summary>Forty last words and more (their hashes share slots), phrases repeated across members, and a word alone.</summary>
    private static readonly IReadOnlyList<OutcomePhrases> Wide = new[]
    {
        new OutcomePhrases("upheld", "Upheld", Enumerable.Range(0, 40).Select(i => $"is not w{i}").Append("necessary").Append("w7").ToArray()),
        new OutcomePhrases("overturned", "Overturned", Enumerable.Range(0, 40).Select(i => $"is w{i}").Append("is w7 necessary").Append("w7").ToArray()),
    };

    private static readonly IReadOnlyList<OutcomePhrases>[] Tables = { Mixed, Plain, Wide };

    /// <summary>
    /// Pieces of closing passages: verdict words, caveat openings, asides, denials before "that", words of reports and
    /// conditions wherever they stand, sentence marks, quotes that pair or not, glued words, non-ASCII.
    /// </summary>
    private static readonly Gen<string> Pieces = Gen.OneOf(
        // Verdicts that are a sentence of their own, and the words a concluding opening may be.
        Gen.Elements("Medically necessary.", "Not recommended.", "Recommended", "denied", "Certified", "Thus", "As such,", "In conclusion", "thus,"),
        Gen.Elements("is", "not", "medically", "necessary", "Necessary", "recommended", "certified", "non-certified", "supported", "upheld", "therefore", "also",
            "the", "denial", "Medical", "necessity", "has", "been", "established", "appropriate", "Norco", "request"),
        Gen.Elements("w0", "w7", "w13", "w39", "w40", "W7", "w7w7", "necessary necessary necessary necessary necessary"),
        Gen.Elements("However,", "If", "Should", "Weaning", "It is recommended", "Therefore,", "Note:", "Please", "Nothing in this",
            "Although", "While", "Even though", "although", ", although", ", whereas", ", while", "Nonetheless,", "Of note,", "Until"),
        Gen.Elements(", which", ", who", "that", "That", "no", "I disagree", "There is no documentation", "so", "and the", ";", ":",
            "UR", "previously", "only with", "weaning", "taper", "requested", "would", "reversed", "states that",
            // Denials without "that", reasons and verdicts on the decision.
            "I do not think", "The records do not show", "I disagree", "did not explain why", "It is unclear why", "which is why", "Neither", "nor",
            "Since", "because", "as there", ", since", "is overturned", "is upheld", "overturned", "(", ")", "; ", "; therefore,",
            // Verdicts on another treatment than the item, and words that name or refer to the item.
            "A home exercise program", "Tramadol", "PT", "Physical therapy", "physical", "it", "this medication", "Continued use", "sessions",
            // Conditions, wherever they stand, and concessions that are none.
            "if", "only if", "When", "Were", "Had", "provided that", "In the event", "as long as", "even if", "if any"),
        Gen.Elements(".", ". ", "! ", "? ", "e.g. ", "10.5 mg ", "i.e., ", ". (", ".\n", ".\u00A0", " ", "  ", "\t", ",", "-", "/", "#120 "),
        Gen.Elements("\"", "\u201C", "\u201D", "'", "notmedically", "notme-", "dically", "isnot", "É", "é", "\u212A", "İ", "ſ", "ß", "\u0130s",
            // Misspellings, one beside a linking adverb, one glued to "not".
            "neccessary", "medicaly", "Neccessary", "recomended", "certifed", "notneccessary", "therefore neccessary", "neccessaryy"));

    private static readonly Gen<string> Passages = Gen.ListOf(Pieces).Select(p => string.Join(" ", p.Take(40)));

    /// <summary>The items a rationale may decide: none given, a drug, and a service of two words reviewers shorten to "PT".</summary>
    private static readonly string?[] Services = { null, "Norco 10/325mg #120", "Physical therapy 6 sessions" };

    private static void AssertSame(string rationale, IReadOnlyList<OutcomePhrases> table)
    {
        foreach (var service in Services)
        {
            var expected = ConclusionsReference.Search(rationale, table, service);
            // A fresh copy: the per-thread memory answers by reference, and must not answer for an earlier equal text.
            var actual = Conclusions.Find(new string(rationale.ToCharArray()), table, service);
            if (!Equals(expected, actual))
                throw new Xunit.Sdk.XunitException($"'{Show(rationale)}' for {service ?? "no service"}: {actual}, expected {expected}");
        }
        if (Conclusions.LastSentence(rationale) != ConclusionsReference.LastSentence(rationale))
            throw new Xunit.Sdk.XunitException($"'{Show(rationale)}': last sentence '{Conclusions.LastSentence(rationale)}', expected '{ConclusionsReference.LastSentence(rationale)}'");
        if (Conclusions.Normalize(rationale) != ConclusionsReference.Normalize(rationale))
            throw new Xunit.Sdk.XunitException($"'{Show(rationale)}': normalized '{Conclusions.Normalize(rationale)}', expected '{ConclusionsReference.Normalize(rationale)}'");
    }

    private static string Show(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t");

    [Fact]
    public void The_search_concludes_as_the_sentence_by_sentence_search_did()
    {
        Prop.ForAll(Passages.ToArbitrary(), passage =>
        {
            foreach (var table in Tables) AssertSame(passage, table);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
    }

    /// <summary>Closing sentences that are or nearly are a phrase declared as a whole sentence ("Medically necessary.").</summary>
    private static readonly Gen<string> Fragments = Gen.Elements("Medically necessary.", "Therefore, medically necessary.", "Thus not recommended.",
        "As such, Recommended.", "In conclusion, certified!", "Denied", "Certified.\n", "Therefore therefore certified.", "Only medically necessary.",
        "Recommended for use.", "Hence, \"Denied.\"", "Not recommended;", "Therefore, Medically  Necessary!");

    [Fact]
    public void A_passage_closing_with_a_verdict_of_one_sentence_concludes_as_the_sentence_by_sentence_search_did()
    {
        var closed = Passages.SelectMany(passage => Fragments.Select(fragment => passage + " " + fragment));
        Prop.ForAll(closed.ToArbitrary(), passage =>
        {
            foreach (var table in Tables) AssertSame(passage, table);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("The request is not medically necessary.")]
    [InlineData("The request is not medically necessary. However, weaning is recommended.")]
    [InlineData("Norco is not medically necessary. A home exercise program is medically necessary.")]
    [InlineData("Tramadol is medically necessary. PT is not medically necessary. Tramadol is recommended.")]
    [InlineData("Norco is recommended. The worker is stable. A home exercise program is medically necessary.")]
    [InlineData("A home exercise program is medically necessary.")]
    [InlineData("It is recommended. If documented, it is certified. The request is not supported.")]
    [InlineData("Norco is recommended. The request is not medically necessary. A weaning program is recommended.")]
    [InlineData("The guideline says \"is medically necessary\" here. Norco is not recommended.")]
    [InlineData("The guideline says \u201Cis medically necessary\u201D. Norco is recommended.")]
    [InlineData("One quote \" is medically necessary.")]
    [InlineData("Three \" quotes \" is medically necessary \".")]
    [InlineData("The dose of 10.5 mg is appropriate. It is not supported.")]
    [InlineData("Use, e.g. the lowest dose. The request is notmedically necessary.")]
    [InlineData("The request is notme- dically necessary.")]
    [InlineData("Therefore the request is recommended! Is it certified? It is.")]
    [InlineData("ÉTAT: the request is \u212Aeep. É recommended.")]
    [InlineData("İs certified. The request\u00A0is\u00A0not\u00A0certified.")]
    [InlineData("First. Second is certified. Third is recommended. Fourth is nothing.")]
    [InlineData("Medical necessity has not been established.   \n  ")]
    [InlineData("(The request is certified.) the request is recommended.")]
    [InlineData("...")]
    [InlineData("a.B.c.D is not certified")]
    [InlineData("necessary necessary necessary necessary necessary necessary necessary necessary necessary is not w7 w7 w7 w7 w7 necessary is w7 necessary.")]
    [InlineData("It is w39. It is not w0. It is not w7.")]
    [InlineData("The request is certified. One. Two. Three. Four.")]
    [InlineData("It is certified. The request is not certified. One. Two. The UR found it certified.")]
    [InlineData("I disagree that the request is certified.")]
    [InlineData("There is no documentation that it improved; the request is certified.")]
    [InlineData("The request, which is not certified, is certified.")]
    [InlineData("The request, \"which\", is not \"certified\", is certified.")]
    [InlineData("However, the request is certified. The UR found it not certified.")]
    // A comma just before "that" at the sentence's start, or an aside with nothing before it: the search looks past the
    // aside for the words that deny, and must stop at the sentence's start.
    [InlineData(", That the request is certified.")]
    [InlineData(",, that the request is certified.")]
    [InlineData(" , that the request is not certified.")]
    [InlineData("The patient improved. , Dr. Chan, that the request is certified.")]
    [InlineData("I do not agree with Dr. Chan, the UR physician, that the request is not certified.")]
    [InlineData("I do not agree, in this case, that the request is certified.")]
    [InlineData("The request is, in my opinion, certified.")]
    [InlineData("The request is, in no way, certified. It is, for weaning, recommended.")]
    // Denials without "that", reasons left out and read again, semicolons, and verdicts on the decision.
    [InlineData("I do not think the request is certified.")]
    [InlineData("I disagree with the UR and think the request is certified.")]
    [InlineData("The provider did not explain why the request is certified.")]
    [InlineData("It is not documented, which is why the request is not certified.")]
    [InlineData("Neither the dose nor the quantity is certified.")]
    [InlineData("Since the request is not certified, weaning is recommended.")]
    [InlineData("Since it is not supported, the request is not certified.")]
    [InlineData("The request is not certified because it is not supported.")]
    [InlineData("Weaning is recommended; the request is certified.")]
    [InlineData("It says \"recommended; not certified\" and the request is certified.")]
    [InlineData("The request is certified (MTUS; ODG).")]
    [InlineData("The request is not certified; see ODG; MTUS.")]
    [InlineData("The UR denial as not medically necessary is overturned.")]
    [InlineData("The prior decision of not certified is hereby overturned.")]
    [InlineData("; ; ;")]
    [InlineData("why")]
    // Verdicts of one sentence, and their words inside longer ones.
    [InlineData("The patient improved. Medically necessary.")]
    [InlineData("No trial. Therefore, not recommended.")]
    [InlineData("Recommended.  ")]
    [InlineData("It is not supported. As such, recommended!")]
    [InlineData("Only medically necessary care. Denied")]
    // A note read last yields to a plain verdict on the item further back.
    [InlineData("Norco 10/325mg #120 is medically necessary. One. Two. The MTUS states that it is not recommended.")]
    [InlineData("Norco 10/325mg #120 is medically necessary. One. Two. Three. The MTUS states that it is not recommended.")]
    [InlineData("The request is medically necessary. One. Two. The MTUS states that it is not recommended.")]
    public void Edge_cases_conclude_as_before(string rationale)
    {
        foreach (var table in Tables) AssertSame(rationale, table);
    }

    [Fact]
    public void Long_sentences_between_short_ones_conclude_as_before()
    {
        // Sentences longer than the per-thread buffer first holds, and longer than it is kept for, between short ones:
        // what a longer sentence left in the buffer must not show in a shorter one.
        foreach (var words in new[] { 3, 200, 1, 2500, 2, 60 })
        {
            var rationale = string.Concat(Enumerable.Repeat("Norco \"is medically\" necessary ", words)) + "is not certified. If so, it is recommended.";
            foreach (var table in Tables) AssertSame(rationale, table);
        }
    }
}
