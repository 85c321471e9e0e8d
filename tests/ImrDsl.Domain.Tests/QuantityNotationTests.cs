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
    private static readonly string[] Notations =
        { "#{0}", "# {0}", "{0} tablets", "({0}) capsules", "Qty: {0}", "Qty {0}", "quantity of {0}", "QTY #{0}", "No. {0}", "x {0}", "x{0}", "No. #{0}" };

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
    [InlineData("Tylenol No. 3")]
    [InlineData("Tylenol with Codeine No.4")]
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
    [InlineData("1 tablet 3 times a day")]
    [InlineData("1 capsule three times daily")]
    public void The_tablets_of_one_dose_are_no_quantity(string dosing)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
            Assert.Empty(Check(era, doubleSpaced, "Norco 10/325mg #120", $"Norco 10/325mg, {dosing},", out _));
    }

    /// <summary>
    /// An item's number after "item", "issue" or "question" is no quantity (probe88: "For these reasons and those given
    /// under item #1, Soma 350mg is not medically necessary." drew IMR004 naming #1); a quantity after it still is.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg (see item #1)", false)]
    [InlineData("Norco 10/325mg, as under Item # 2,", false)]
    [InlineData("Norco 10/325mg, like issue #3,", false)]
    [InlineData("Norco 10/325mg, see question #1,", false)]
    [InlineData("Norco 10/325mg, see item #1, #90", true)]
    [InlineData("Norco 10/325mg, subitem #90,", true)]
    public void An_items_number_is_no_quantity(string conclusionService, bool differs)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
            Assert.Equal(differs ? new[] { "IMR004" } : Array.Empty<string>(), Check(era, doubleSpaced, "Norco 10/325mg #120", conclusionService, out _).Select(f => f.Id));
    }

    /// <summary>
    /// A total for a day ("1800 mg per day", "a day", "each day", "per 24 hours") is no strength of the item's tablets
    /// (probe88: "Continued gabapentin at 1800 mg per day, #90" under "Gabapentin 600mg #90" drew IMR004); a strength
    /// beside it is still compared.
    /// </summary>
    [Theory]
    [InlineData("gabapentin at 1800 mg per day, #90,", false)]
    [InlineData("gabapentin 1800mg a day #90", false)]
    [InlineData("gabapentin, 1,800 mg each day,", false)]
    [InlineData("gabapentin up to 2400 mg per 24 hours", false)]
    [InlineData("gabapentin 800mg, 2400 mg per day,", true)]
    [InlineData("gabapentin 800mg daily", true)]
    public void A_total_for_a_day_is_no_strength(string conclusionService, bool differs)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
            Assert.Equal(differs ? new[] { "IMR004" } : Array.Empty<string>(), Check(era, doubleSpaced, "Gabapentin 600mg #90", conclusionService, out _).Select(f => f.Id));
    }

    /// <summary>
    /// "x" before a number is a quantity ("x 90"), but not after a number ("2 x 6" is how often), before a unit of time or
    /// a count of visits ("x 6 weeks", "x 12 sessions", "x 2/week"), or before a decimal: none of these is compared with the
    /// heading's quantity.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg, 2 x 6,")]
    [InlineData("Norco 10/325mg, 2x 6,")]
    [InlineData("Norco 10/325mg x 6 weeks")]
    [InlineData("Norco 10/325mg x 12 sessions")]
    [InlineData("Norco 10/325mg x 2/week")]
    [InlineData("Norco 10/325mg x 2 per day")]
    [InlineData("Norco 10/325mg x 0.5")]
    [InlineData("Norco 10/325mg x 3 months")]
    public void A_frequency_or_a_duration_is_no_quantity(string conclusionService)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
            Assert.Empty(Check(era, doubleSpaced, "Norco 10/325mg #120", conclusionService, out _));
    }

    /// <summary>
    /// Counts are compared as quantities are, each with its own kind: "times 3" is "x 3"; visits ("12 sessions", "x 12
    /// visits") with visits, refills with refills. A frequency ("3 sessions per week", "2 times a week") is no count, and a
    /// count of another kind ("after 10 sessions of therapy" beside a drug's refills) conflicts with nothing. A probe's
    /// conclusions naming other counts than their headings got no IMR004; injections count as visits do ("3 injections"
    /// against "5 injections" was missed too). Hours are a program's length, a kind of their
    /// own ("160 hours", "80 hrs"), but not when or how often ("every 6 hours", "8 hours a day", "within 24 hours"), nor
    /// hours had or allowed; a later probe's "80 hours" against a heading's 160 got no IMR004. Days are a rental's, trial's
    /// or stay's length on the same terms ("30 day rental", "a 90-day rental"), but not when ("30 days ago", "5 days after
    /// surgery", "within 30 days"); a third probe's "90 day" rental against a heading's "30 day trial" got no IMR004.
    /// Words saying what is given may stand between a count and its visits ("14 chiropractic visits", "8 physical therapy
    /// sessions"), but not words of time, dose or history, nor after a spinal level's dash ("C5-6 epidural injections");
    /// a fourth probe's "14 chiropractic visits" against a heading's 8 got no IMR004. A rate is a kind of its own, per day
    /// or per week ("4 hours per day" is "4 hrs/day"; "20 hours a week" and "5 days per week" are two more kinds): a fifth
    /// probe's home health aide "8 hours per day" against a heading's 4 got no IMR004.
    /// </summary>
    [Theory]
    [InlineData("Chiropractic manipulation, 8 visits, lumbar spine", "14 chiropractic visits for the lumbar spine", "names 14 visits")]
    [InlineData("Physical therapy 2x6", "8 physical therapy sessions", "names 8 sessions")]
    [InlineData("Lumbar epidural steroid injections, 2 injections", "3 lumbar epidural steroid injections", "names 3 injections")]
    [InlineData("Chiropractic manipulation, 8 visits, lumbar spine", "8 chiropractic visits for the lumbar spine", null)]
    [InlineData("Physical therapy 2x6", "12 post-operative physical therapy sessions", null)]
    [InlineData("Cervical epidural steroid injections at C5-6, 2 injections", "cervical C5-6 epidural steroid injections", null)]
    [InlineData("Toradol injections, 2 injections", "Toradol 60 mg injections", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, given 24 prior physical therapy sessions,", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy for 6 weeks of therapy sessions", null)]
    [InlineData("Chiropractic manipulation, 8 visits", "chiropractic manipulation, the worker having had 14 chiropractic visits,", null)]
    [InlineData("TENS unit, 30 day trial", "a TENS unit, 90 day rental,", "names 90 days")]
    [InlineData("TENS unit, 30 day trial", "a TENS unit for a 90-day rental", "names 90 days")]
    [InlineData("Cold therapy unit x 7 days", "a cold therapy unit for 14 days", "names 14 days")]
    [InlineData("TENS unit, 30 day trial", "a TENS unit, 30-day trial,", null)]
    [InlineData("TENS unit, 30 day trial", "a TENS unit, first used 90 days ago,", null)]
    [InlineData("Cold therapy unit x 7 days", "a cold therapy unit, 14 days after surgery,", null)]
    [InlineData("Cold therapy unit x 7 days", "a cold therapy unit, reassessed within 14 days,", null)]
    [InlineData("Cold therapy unit x 7 days", "a cold therapy unit, as guidelines allow up to 7 days,", null)]
    [InlineData("TENS unit, 30 day trial", "a TENS unit, as guidelines recommend a 30 day trial,", null)]
    [InlineData("TENS unit, 30 day trial", "a TENS unit, 7 days a week,", null)]
    [InlineData("TENS unit purchase", "a TENS unit, 90 day rental,", null)]
    [InlineData("Functional restoration program, 160 hours", "a 160-hour functional restoration program", null)]
    [InlineData("Functional restoration program, 160 hours", "an 80-hour functional restoration program", "names 80 hours")]
    [InlineData("Lumbar epidural steroid injections, 3 injections", "lumbar epidural steroid injections, 5 injections,", "names 5 injections")]
    [InlineData("Lumbar epidural steroid injections, 3 injections", "lumbar epidural steroid injections, three injections,", null)]
    [InlineData("Lumbar epidural steroid injections, 2 injections", "lumbar epidural steroid injections, the worker having had 3 prior injections,", null)]
    [InlineData("Trigger point injections x 4", "trigger point injections x 4 injections", null)]
    [InlineData("Functional restoration program, 160 hours", "functional restoration program, 80 hours,", "names 80 hours")]
    [InlineData("Functional restoration program x 160 hours", "functional restoration program (80) hrs", "names 80 hours")]
    [InlineData("Functional restoration program, 160 hours", "the functional restoration program of 160 hrs", null)]
    [InlineData("Functional restoration program, 160 hours", "functional restoration program, as guidelines allow up to 80 hours at first,", null)]
    [InlineData("Functional restoration program, 160 hours", "functional restoration program, the worker having completed 80 hours,", null)]
    [InlineData("Functional restoration program, 160 hours", "functional restoration program, 20 sessions,", null)]
    [InlineData("Functional restoration program, 20 sessions", "functional restoration program, 160 hours,", null)]
    [InlineData("Home health aide 4 hours a day", "home health aide 6 hours a day", "names 6 hours a day")]
    // Refills in words, as visits may be counted (a probe's swap).
    [InlineData("Norco 10/325mg #120 with 2 refills", "Norco 10/325mg #120 with three refills", "names 3 refills")]
    [InlineData("Norco 10/325mg #120 with 2 refills", "Norco 10/325mg #120 with two refills", null)]
    [InlineData("Home health aide 4 hours per day", "a home health aide 8 hours per day", "names 8 hours a day")]
    [InlineData("Home health aide 4 hours per day", "a home health aide 4 hrs/day", null)]
    [InlineData("Home health aide 4 hrs daily", "a home health aide 4 hours each day", null)]
    [InlineData("Home health aide 4 hours a day, 5 days per week", "a home health aide 4 hours a day, 7 days per week", "names 7 days a week")]
    [InlineData("Home health care 20 hours per week", "home health care 35 hours weekly", "names 35 hours a week")]
    [InlineData("Home health care 20 hours per week", "home health care 4 hours per day", null)]
    [InlineData("Home health aide 4 hours per day", "a home health aide, as the guidelines allow up to 35 hours per week,", null)]
    [InlineData("Home health aide 4 hours per day", "a home health aide, as guidelines allow no more than 8 hours per day,", null)]
    [InlineData("Home health aide 4 hours per day", "a home health aide for 2.5 hours per day", null)]
    // The end of a range or a limit is no rate of the request (a review's letter).
    [InlineData("Continuous passive motion rental 21 days, 6 hours per day", "continuous passive motion, which guidelines support for 4 to 10 hours per day,", null)]
    [InlineData("Continuous passive motion rental 21 days, 6 hours per day", "continuous passive motion for 4-10 hours a day", null)]
    [InlineData("Home health aide 4 hours per day", "a home health aide up to 8 hours daily", null)]
    [InlineData("Home health aide 20 hours", "home health aide at 8 hours per day", null)]
    [InlineData("Norco 10/325mg 1 every 6 hours #120", "Norco 10/325mg 1 every 4 hours #120", null)]
    [InlineData("Home health aide 20 hours", "home health aide 20 hours, reassessed within 72 hours,", null)]
    [InlineData("Home health aide 20 hours", "home health aide, with 1.5 hours of nursing,", null)]
    [InlineData("Trigger point injections times 3, trapezius", "trigger point injections times 4 to the trapezius", "names #4")]
    [InlineData("Trigger point injections times 3, trapezius", "trigger point injections x 3 to the trapezius", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, 8 sessions,", "names 8 sessions")]
    [InlineData("Physical therapy x 12 sessions", "physical therapy, 12 visits,", null)]
    [InlineData("Acupuncture times 6 sessions, cervical spine", "acupuncture times 8 sessions for the cervical spine", "names 8 sessions")]
    [InlineData("Physical therapy, 12 sessions", "physical therapy at 3 sessions per week", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, 2 visits/week,", null)]
    [InlineData("Physical therapy 2 times a week for 6 weeks", "physical therapy 3 times a week", null)]
    [InlineData("Gabapentin 600mg #90 with 2 refills", "Gabapentin 600mg #90 with 5 refills", "names 5 refills")]
    [InlineData("Gabapentin 600mg #90 with 2 refills", "Gabapentin 600mg #90", null)]
    [InlineData("Gabapentin 600mg #90 with 2 refills", "Gabapentin 600mg #90 with 2 refills after 10 sessions of therapy", null)]
    [InlineData("Gabapentin 600mg #90", "Gabapentin 600mg #90 with 3 refills", null)]
    [InlineData("Norco 10/325mg #60, refills x 3", "Norco 10/325mg #60 with 2 refills", "names 2 refills")]
    [InlineData("Norco 10/325mg #60, refills x 3", "Norco 10/325mg #60 with 3 refills", null)]
    [InlineData("Norco 10/325mg #60, Refills: 1", "Norco 10/325mg #60, refills x 1,", null)]
    // A refill label's number is no quantity, and a quantity before "Refills:" is no refill count (a review's finds).
    [InlineData("Norco 10/325mg #60 with 3 refills", "Norco 10/325mg, refills x 3,", null)]
    [InlineData("Norco 10/325mg #60, refills x 3", "Norco 10/325mg #60", null)]
    [InlineData("Norco 10/325mg #60 Refills: 2", "Norco 10/325mg #60 with 2 refills", null)]
    [InlineData("Norco 10/325mg #60 Refills: 2", "Norco 10/325mg #60 with 5 refills", "names 5 refills")]
    // The words around a requested count that are no history: where it goes, and how much in all.
    [InlineData("Physical therapy 6 sessions", "physical therapy 12 sessions to the lumbar spine", "names 12 sessions")]
    [InlineData("Physical therapy 6 sessions", "a total of 12 sessions of physical therapy", "names 12 sessions")]
    [InlineData("Physical therapy 6 sessions", "physical therapy, 12 sessions in the clinic,", "names 12 sessions")]
    [InlineData("Physical therapy 6 sessions", "physical therapy, the worker having had 12 sessions to date,", null)]
    [InlineData("Additional chiropractic treatment, 8 visits", "8 more visits, bringing the total to 26 visits,", null)]
    [InlineData("Norco 10/325mg #90 with 2 refills", "Norco 10/325mg #90 after 11 refills without benefit", null)]
    // A count had or allowed is named beside the request, not as it: a reviewer's review found these read as the request.
    [InlineData("Physical therapy, 6 sessions", "additional physical therapy, the patient having already completed 24 sessions,", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, as the guidelines allow up to 10 visits,", null)]
    [InlineData("Gabapentin 600mg #90 with 2 refills", "Gabapentin 600mg #90, as 11 refills have already been dispensed,", null)]
    [InlineData("Tramadol 50mg #60 with 2 refills", "Tramadol 50mg #60, the worker having received the medication with 5 refills,", null)]
    [InlineData("Physical therapy x 6 visits", "6 more visits of physical therapy, the worker having completed 18 visits with no gain,", null)]
    [InlineData("Acupuncture 6 sessions", "8 additional sessions of acupuncture", "names 8 sessions")]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, 10 visits,", "names 10 visits")]
    [InlineData("Physical therapy, 6 sessions", "physical therapy, twelve sessions,", "names 12 sessions")]
    [InlineData("Physical therapy, 6 sessions", "six sessions of physical therapy", null)]
    [InlineData("Physical therapy, six sessions", "physical therapy, 6 visits,", null)]
    [InlineData("Physical therapy 6 sessions", "physical therapy, as twelve sessions would exceed the guidelines,", null)]
    // Counts in words past twenty, with or without their hyphen.
    [InlineData("Physical therapy, 24 sessions", "physical therapy, twenty-four sessions,", null)]
    [InlineData("Physical therapy, 24 sessions", "physical therapy, twenty four sessions,", null)]
    [InlineData("Physical therapy, 24 sessions", "physical therapy, Thirty-Six sessions,", "names 36 sessions")]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, twenty sessions,", "names 20 sessions")]
    [InlineData("Physical therapy, 40 visits", "forty visits of physical therapy", null)]
    [InlineData("Physical therapy, twenty-four visits", "physical therapy, 18 visits,", "names 18 visits")]
    [InlineData("Physical therapy, twenty-four visits", "physical therapy, 24 visits,", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, the worker having completed twenty-four sessions,", null)]
    [InlineData("Motrin 800mg #90", "Motrin 800mg, one tablet times 3 a day,", null)]
    [InlineData("Norco 10/325mg #120", "Norco, the patient still rating pain at times 8 out of 10,", null)]
    // A schedule is the visits it adds up to, however it is written; a frequency alone, a range or a size is none.
    [InlineData("Physical therapy 2 times a week for 4 weeks, left knee", "physical therapy 3 times a week for 4 weeks for the left knee", "names 12 sessions (3 a week for 4 weeks)")]
    [InlineData("Physical therapy 2 times a week for 6 weeks", "physical therapy 2x6", null)]
    [InlineData("Physical therapy 2x6", "12 sessions of physical therapy", null)]
    [InlineData("Physical therapy 2x6", "physical therapy 2 x 4 weeks", "names 8 sessions (2 a week for 4 weeks)")]
    [InlineData("Chiropractic 2x/week x 4 weeks", "chiropractic care twice weekly for four weeks", null)]
    [InlineData("Chiropractic 2x/week x 4 weeks", "chiropractic care twice a week for six weeks", "names 12 sessions (2 a week for 6 weeks)")]
    [InlineData("Acupuncture 1 x week x 6 weeks", "acupuncture once a week for 6 weeks", null)]
    [InlineData("Physical therapy 3 sessions per week for 4 weeks", "12 visits of physical therapy", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy 2/week for 8 weeks", "names 16 sessions (2 a week for 8 weeks)")]
    [InlineData("Physical therapy, 12 sessions", "physical therapy 2 times a\nweek for 8 weeks", "names 16 sessions (2 a week for 8 weeks)")]
    [InlineData("Physical therapy 2x/week x 6 weeks, left knee", "physical therapy 3x/week x 4 weeks for the left knee", "names 12 sessions (3 a week for 4 weeks)")]
    [InlineData("Physical therapy 2x/week x 6 weeks", "physical therapy twice a week for six weeks", null)]
    [InlineData("Physical therapy 2x6", "physical therapy 3 times a week", null)]
    [InlineData("Physical therapy 3x4", "physical therapy 2x6 in the office", "names 12 sessions (2 a week for 6 weeks)")]
    [InlineData("Physical therapy 12 visits", "physical therapy 1x/week x 2 weeks then 2x/week x 5 weeks", null)]
    [InlineData("Physical therapy 12 visits", "physical therapy 3x/week x 2 weeks, followed by 2x/week x 3 weeks", null)]
    [InlineData("Physical therapy 12 visits", "physical therapy 2x/week x 8 weeks", "names 16 sessions (2 a week for 8 weeks)")]
    [InlineData("Physical therapy 2x6", "physical therapy 1-2 times a week for 8 weeks", null)]
    [InlineData("Physical therapy 2x6", "physical therapy 2 to 3 times per week for 8 weeks", null)]
    [InlineData("Physical therapy 2x6", "physical therapy for a 3x4 cm wound", null)]
    [InlineData("Physical therapy 2x6", "physical therapy, the worker having completed 3 times a week for 8 weeks,", null)]
    [InlineData("Physical therapy 2x6", "physical therapy, as guidelines recommend 3 times a week for 8 weeks,", null)]
    [InlineData("Norco 10/325mg #60", "Norco 10/325mg 2 times a day for 4 weeks", null)]
    public void Counts_of_visits_and_refills_are_compared_kind_by_kind(string service, string conclusionService, string? named)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
        {
            var findings = Check(era, doubleSpaced, service, conclusionService, out _);
            if (named is null) Assert.Empty(findings);
            else Assert.Contains(named + " but the heading", Assert.Single(findings, f => f.Id == "IMR004").Message);
        }
    }

    /// <summary>
    /// Where on the body is compared as counts are: the side before a part of the body ("right shoulder", "left-sided",
    /// "left L5-S1"; "bilateral" is either side) with sides, and spinal levels however written ("L4-5" is "L4-L5") with
    /// levels. A side that names no part ("the right to appeal") is none, and a conclusion that also names the heading's
    /// place is about this item. A probe's conclusions naming the other shoulder or knee got no IMR004. Regions are a
    /// third kind ("cervical spine", "lumbar spine", "knee", "shoulder"): two probes' conclusions that kept another item's
    /// region ("an MRI of the lumbar spine" under a cervical MRI) got none. A region said of a symptom ("knee pain") or of
    /// history ("prior lumbar surgery") is not where the service goes.
    /// </summary>
    [Theory]
    [InlineData("Physical therapy 2 times a week for 4 weeks, right shoulder", "physical therapy for the left shoulder,", "names left")]
    [InlineData("MRI of the right knee", "an MRI of the left knee", "names left")]
    [InlineData("MRI of the right knee", "an MRI of the right knee", null)]
    [InlineData("MRI of the right knee", "an MRI of the knee", null)]
    [InlineData("MRI of the knee", "an MRI of the left knee", null)]
    [InlineData("MRI of bilateral knees", "an MRI of the right and left knees", null)]
    [InlineData("Right knee MRI", "an MRI of both knees, bilateral knees,", "names bilateral")]
    [InlineData("MRI of bilateral knees", "an MRI of the right knee", null)]
    [InlineData("Physical therapy 8 sessions for the right and left knees", "8 sessions of physical therapy for the bilateral knees", null)]
    [InlineData("MRI of the right knee", "an MRI of the right knee after left knee arthroscopy", null)]
    [InlineData("MRI of the right knee", "an MRI of the right knee, whatever the right to appeal,", null)]
    [InlineData("Physical therapy, left knee", "physical therapy, which the worker has the right to request again,", null)]
    [InlineData("Acupuncture, right wrist", "acupuncture, since the worker left the program early,", null)]
    [InlineData("Left-sided L5-S1 transforaminal epidural steroid injection", "a right-sided L5-S1 transforaminal epidural steroid injection", "names right")]
    [InlineData("Lumbar epidural steroid injection at L4-5", "a lumbar epidural steroid injection at L4-L5", null)]
    [InlineData("Lumbar epidural steroid injection at L4-5", "a lumbar epidural steroid injection at L3-4", "names L3-L4")]
    [InlineData("Cervical epidural steroid injection C5/C6", "a cervical epidural steroid injection at C6-7", "names C6-C7")]
    [InlineData("Lumbar epidural steroid injection at L4-5", "a lumbar epidural steroid injection, given left leg pain,", null)]
    // A level of several segments is each of them, however either side writes it (a probe found 'L4-S1' against 'L4-5
    // and L5-S1' read as another level).
    [InlineData("Lumbar fusion L4-S1", "lumbar fusion at L4-5 and L5-S1", null)]
    [InlineData("Lumbar decompression L3-S1", "lumbar decompression at L3-4, L4-5 and L5-S1", null)]
    [InlineData("Anterior cervical fusion C5-C7", "anterior cervical fusion at C5-6 and C6-7", null)]
    [InlineData("Anterior cervical fusion C5-6 and C6-7", "two-level anterior cervical fusion at C5-7", null)]
    [InlineData("Lumbar fusion L4-S1", "lumbar fusion at L2-3", "names L2-L3")]
    [InlineData("Thoracolumbar fusion T11-L2", "thoracolumbar fusion at T12-L1", null)]
    // History recalled beside the request: a side or level had before, or with its year.
    [InlineData("MRI of the right knee", "imaging of the knee, as with the left knee in 2014,", null)]
    [InlineData("Lumbar epidural steroid injection L4-5", "another epidural injection, as the L5-S1 injection in 2014 gave no relief,", null)]
    [InlineData("Lumbar epidural steroid injection L4-5", "another epidural injection after the prior L5-S1 injection", null)]
    [InlineData("MRI of the right knee", "an MRI of the left knee in this worker", "names left")]
    // Sides abbreviated, in brackets, with full stops; trade marks and "B/L" are no side of their own.
    [InlineData("Subacromial injection, R shoulder", "a subacromial injection to the left shoulder", "names left")]
    [InlineData("Subacromial injection, R shoulder", "a subacromial injection to the right shoulder", null)]
    [InlineData("MRI of the right knee", "an MRI of the L knee", "names left")]
    [InlineData("MRI of the right knee", "an MRI of the Rt. knee", null)]
    [InlineData("MRI of the Lt knee", "an MRI of the right knee", "names right")]
    [InlineData("MRI (L) knee", "an MRI of the left knee", null)]
    [InlineData("MRI of the right knee", "an MRI of the (L) knee", "names left")]
    [InlineData("MRI of B/L knees", "an MRI of the right knee", null)]
    [InlineData("MRI of the right knee", "an MRI of B/L knees", "names bilateral")]
    [InlineData("MRI of bilat. knees", "an MRI of the right and left knees", null)]
    [InlineData("Physical therapy, R and L knees", "physical therapy for the bilateral knees", null)]
    [InlineData("Voltaren gel, right knee", "Voltaren(R) gel for the knee", null)]
    [InlineData("Lyrica, right knee", "Lyrica(R) knee pain regimen", null)]
    [InlineData("MRI of the right knee", "an MRI of the knee to R/O a meniscal tear", null)]
    [InlineData("MRI of the right knee", "an MRI of the knee as read by Dr. L. Smith", null)]
    [InlineData("MRI of the right knee", "an MRI of the r knee", null)]
    [InlineData("Physical therapy, R & L knees", "physical therapy for the right knee", null)]
    [InlineData("Physical therapy, R/L knees", "physical therapy for the right knee", null)]
    [InlineData("Physical therapy, Rt/Lt knees", "physical therapy for the left knee", null)]
    [InlineData("Physical therapy, L&R knees", "physical therapy for the right knee", null)]
    [InlineData("Physical therapy, right/left knees", "physical therapy for the bilateral knees", null)]
    [InlineData("MRI of the right knee", "an MRI of the R/L knees", "names bilateral")]
    [InlineData("Subacromial injection (R shoulder)", "a subacromial injection to the left shoulder", "names left")]
    [InlineData("Subacromial injection (L shoulder)", "a subacromial injection to the left shoulder", null)]
    [InlineData("MRI of the left knee", "an MRI of the knee per Appendix R Knee Table", null)]
    [InlineData("MRI of the left knee", "an MRI of the knee, Grade R knee instability aside,", null)]
    // A side set after the part, closing its clause, as a probe's headings wrote it; not one that goes on as a verb.
    [InlineData("Knee brace, left", "a right knee brace", "names right")]
    [InlineData("Knee brace, left", "a left knee brace", null)]
    [InlineData("MRI of the shoulder (right)", "an MRI of the left shoulder", "names left")]
    [InlineData("Arthroscopy of the knee - right", "arthroscopy of the knee, left,", "names left")]
    [InlineData("Physical therapy for the hip, bilateral", "physical therapy for the right hip", null)]
    [InlineData("Knee brace, left", "a knee brace, left untreated by the provider,", null)]
    [InlineData("Knee brace, left", "a knee brace, right", "names right")]
    [InlineData("Right knee brace", "a brace for the knee, left alone since 2014,", null)]
    [InlineData("Right knee brace", "a knee brace, Rt.,", null)]
    [InlineData("Right knee brace", "a knee brace, Lt.,", "names left")]
    // A year of history is 1900-2099 alone; another number four digits long is none.
    [InlineData("MRI of the right knee", "an MRI of the left knee, 1000 feet from the clinic,", "names left")]
    [InlineData("MRI of the right knee", "an MRI of the left knee, code 2999,", "names left")]
    [InlineData("MRI of the cervical spine", "an MRI of the lumbar spine", "names lumbar spine")]
    [InlineData("MRI of the cervical spine", "an MRI of the cervical and lumbar spine", null)]
    [InlineData("MRI of the lumbar spine", "an MRI of the lumbosacral spine", null)]
    [InlineData("Lumbar epidural steroid injection L4-5", "a cervical epidural steroid injection at L4-5", "names cervical spine")]
    [InlineData("Physical therapy x 12, right shoulder", "physical therapy x 12 for the right knee", "names knee")]
    [InlineData("Physical therapy x 12, right shoulder", "physical therapy x 12 for the right shoulder despite knee pain", null)]
    [InlineData("Physical therapy x 12, right shoulder", "physical therapy x 12, as knee symptoms persist,", null)]
    [InlineData("TENS unit for the lumbar spine", "a TENS unit for the cervical spine, given prior lumbar surgery,", "names cervical spine")]
    [InlineData("TENS unit for the lumbar spine", "a TENS unit, the worker having had prior cervical surgery,", null)]
    [InlineData("Knee brace", "a brace for the knee and ankle", null)]
    [InlineData("Norco 10/325mg #120", "Norco 10/325mg #120 for hip arthritis", null)]
    // The neck and the low back are the cervical and lumbar spine, and so are "C-spine" and "L-spine" (a probe's swaps).
    [InlineData("MRI of the lumbar spine", "an MRI of the neck", "names cervical spine")]
    [InlineData("MRI of the lumbar spine", "a C-spine MRI", "names cervical spine")]
    [InlineData("MRI of the lumbar spine", "an MRI of the low back", null)]
    [InlineData("MRI of the cervical spine", "an MRI of the neck", null)]
    // An imaging study is compared as a kind of its own: a probe's "CT of the lumbar spine" under an MRI's heading got
    // no IMR004. A study had before, or named beside the heading's own, is none; "ct" in lower case is no study.
    [InlineData("MRI of the lumbar spine", "a CT of the lumbar spine", "names CT")]
    [InlineData("X-rays of the cervical spine, 3 views", "an MRI of the cervical spine", "names MRI")]
    [InlineData("MRI of the lumbar spine", "a magnetic resonance imaging study of the lumbar spine", null)]
    [InlineData("MRI of the lumbar spine", "an MRI of the lumbar spine, as x-rays were normal,", null)]
    [InlineData("MRI of the brain", "a repeat MRI of the brain after the prior CT", null)]
    [InlineData("MRI of the brain", "an MRI of the brain with contrast, ct", null)]
    [InlineData("Physical therapy 12 visits", "12 visits of physical therapy before any MRI", null)]
    // A region of a symptom, a diagnosis or past surgery, or in a phrase that sets the scene before the verdict, is no
    // region of the service (a review's letters).
    [InlineData("MRI of the lumbar spine", "an MRI, with only cervical spine pain documented,", null)]
    [InlineData("Physical therapy x 6, right shoulder", "physical therapy x 6 despite knee osteoarthritis", null)]
    [InlineData("Post-operative physical therapy x 12, left knee", "post-operative physical therapy x 12 after the hip surgery last year", null)]
    // A side the part is on, after it (probe88): "the knee on the left"; not a side of something else ("pain on the left").
    [InlineData("Right knee arthroscopy with partial medial meniscectomy", "arthroscopy of the knee on the left with partial medial meniscectomy", "names left")]
    [InlineData("Right knee arthroscopy with partial medial meniscectomy", "arthroscopy of the knee on the right with partial medial meniscectomy", null)]
    [InlineData("Left shoulder arthroscopy", "shoulder arthroscopy on the right", "names right")]
    [InlineData("Right knee arthroscopy", "knee arthroscopy, with pain on the left as well,", null)]
    public void Sides_and_spinal_levels_are_compared_kind_by_kind(string service, string conclusionService, string? named)
        => Counts_of_visits_and_refills_are_compared_kind_by_kind(service, conclusionService, named);

    /// <summary>
    /// A medicine is known by its generic and its brand names (grammar/std/medicines.imr): a conclusion that names with a
    /// dose only medicines the heading does not decides another item; one that names the heading's own, by any of its
    /// names or by a part of a brand of several, is about this item whatever else it names. A medicine named in passing
    /// (no dose after it) or as a measure ("morphine equivalent") is none. Two probes' swapped drugs at the same dose and
    /// quantity (Percocet for Norco, Pantoprazole for Omeprazole, Tizanidine for Cyclobenzaprine) got no IMR004.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120", "Percocet 10/325mg #120", "names Percocet")]
    [InlineData("Norco (hydrocodone/APAP) 10/325mg #120", "Percocet (oxycodone/APAP) 10/325mg #120", "names Percocet (oxycodone/APAP)")]
    [InlineData("Omeprazole 20mg #30", "Pantoprazole 20mg #30", "names Pantoprazole")]
    [InlineData("Cyclobenzaprine 10mg #60", "Tizanidine 10mg #60", "names Tizanidine")]
    [InlineData("Cyclobenzaprine 7.5mg #60", "Tizanidine 4mg #60", "names Tizanidine 4mg")]
    [InlineData("Omeprazole 20mg #30", "Prilosec 20mg #30", null)]
    [InlineData("Celebrex 200mg #30", "celecoxib 200mg #30", null)]
    [InlineData("Norco 10/325mg #120", "Hydrocodone/APAP 10/325mg #120", null)]
    [InlineData("Norco 10/325mg #120", "hydrocodone 10mg/acetaminophen 325mg #120", null)]
    [InlineData("Hydrocodone #60", "Norco #60", null)]
    [InlineData("Flurbiprofen 20%/Lidocaine 5% cream 180gm", "Ketoprofen 20% cream 180gm", "names Ketoprofen")]
    [InlineData("Norco 10/325mg #120", "Norco 10/325mg #120, at a morphine equivalent dose of 40 mg,", null)]
    [InlineData("Hydrocodone/APAP 10/325mg #120", "the opioid at 40 morphine milligram equivalents a day", null)]
    [InlineData("Celebrex 200mg #30", "Celebrex, as naproxen was not tolerated,", null)]
    [InlineData("Lyrica 75mg #60", "Lyrica 75mg #60 in place of gabapentin 600mg", null)]
    [InlineData("Flurbiprofen 20%/Lidocaine 5% cream 180gm", "Lidocaine 5% cream 180gm", null)]
    [InlineData("Physical therapy, 12 sessions", "physical therapy, 12 sessions, with Norco 10/325mg", null)]
    [InlineData("Tylenol #3 #60", "Tylenol #3 #60", null)]
    [InlineData("Tylenol #3 #60", "Tramadol 50mg #60", "names Tramadol")]
    // What the item replaces is no mention of it: "Rather than Norco 10/325mg, ... Percocet 10/325mg #120".
    [InlineData("Norco 10/325mg #120", "Percocet 10/325mg #120 rather than Norco 10/325mg", "names Percocet")]
    [InlineData("Norco 10/325mg #120", "Percocet 10/325mg #120 instead of Norco 10/325mg #120", "names Percocet")]
    [InlineData("Lyrica 75mg #60", "Lyrica 75mg #60 instead of gabapentin 600mg", null)]
    // The heading's own medicine named without a dose keeps the conclusion about it; a brand holds its generic, not a
    // brand of another medicine (a review found both).
    [InlineData("Prilosec", "Prilosec, as the worker no longer takes Anaprox 550mg,", null)]
    [InlineData("Lidoderm 5% patch #30", "Lidoderm without a failed trial of gabapentin 600mg", null)]
    [InlineData("Tylenol 500mg #60", "Norco 10/325mg #60", "names Norco 10/325mg")]
    // The heading's medicine named without a dose and another with one: the doses are the other's (a probe's letters).
    [InlineData("Colace 100mg #60", "Colace, given opioid-induced constipation from Norco 10/325mg,", null)]
    [InlineData("Zofran 4mg #20", "ondansetron for nausea from chronic opioid use such as oxycodone 10mg", null)]
    [InlineData("Colace 100mg #60", "Colace 250mg, given opioid-induced constipation from Norco 10/325mg,", "names 250mg 10/325mg")]
    // A name misspelt by one letter, with its dose right after it, is that medicine (two probes' swaps were misspelt).
    [InlineData("Norco 10/325mg #120", "Percoset 10/325mg #120", "names Percoset")]
    [InlineData("Omeprazole 20mg #30", "pantaprazole 20mg #30", "names pantaprazole")]
    [InlineData("Omeprazole 20mg #30", "Omeprazol 20mg #30", null)]
    [InlineData("Pantaprazole 20mg #30", "Pantoprazole 20mg #30", null)]
    [InlineData("Norco 10/325mg #120", "Norco 10/325mg #120, one tablett 4 times daily", null)]
    public void A_medicine_is_compared_by_its_names(string service, string conclusionService, string? named)
        => Counts_of_visits_and_refills_are_compared_kind_by_kind(service, conclusionService, named);

    /// <summary>
    /// The verdict's own clause says which item it decides; a clause of cause before it or after its comma ("As ...,",
    /// "Since ...,", "Because ...,", ", because ...") gives the reason, and a medicine named there with its dose is the
    /// reason's, not a second item, unless the verdict's clause names none. A probe's conclusions that named the item
    /// by its class ("a proton pump inhibitor") got "names naproxen 550mg"; those that decided another medicine after
    /// naming the heading's as history got no IMR004. A dose after a name belongs to the last name before it ("Soma in
    /// combination with Norco 10/325mg" gives Soma no dose).
    /// </summary>
    [Theory]
    [InlineData("Pantoprazole 20mg #60", "As the worker remains on naproxen 550mg twice daily, a proton pump inhibitor is not medically necessary.", null)]
    [InlineData("Prilosec 20mg #60", "Because the worker takes naproxen 550mg twice daily and is over 65, the requested medication is not medically necessary.", null)]
    [InlineData("Prilosec 20mg #60", "Since naproxen 550mg has upset the worker's stomach before, Prilosec is not medically necessary.", null)]
    [InlineData("Norco 10/325mg #120", "Since the worker has taken Norco 10/325mg without improvement, continued use is not medically necessary.", null)]
    [InlineData("Soma 350mg #60", "The request for Soma in combination with Norco 10/325mg is not medically necessary.", null)]
    [InlineData("Norco 10/325mg #120", "Since Norco 10/325mg was stopped for nausea, the request for Percocet 10/325mg #120 is not medically necessary.", "names Percocet")]
    [InlineData("Protonix 20mg #60", "Since Protonix 20mg was not tolerated, the request for Nexium 40mg #30 is not medically necessary.", "names Nexium")]
    [InlineData("Norco 10/325mg #120", "As the worker's pain is unchanged, Percocet 10/325mg #120 is not medically necessary.", "names Percocet")]
    [InlineData("Soma 350mg #60", "The request for Soma 250mg in combination with Norco 10/325mg is not medically necessary.", "names 250mg")]
    // A reason that names the request is the verdict's subject ("it" stands for it), and a swap there is reported (a review's).
    [InlineData("Norco 10/325mg #120", "Since the request for Percocet 10/325mg #120 lacks documentation of functional improvement, it is not medically necessary.", "names Percocet")]
    // Regions and rates are read in the verdict's clause alone: not in a reason, nor in a phrase that sets the scene.
    [InlineData("MRI of the lumbar spine", "With only cervical spine pain documented since the last visit, the requested MRI is not medically necessary.", null)]
    [InlineData("MRI of the cervical spine", "To rule out thoracic outlet syndrome, the requested MRI is not medically necessary.", null)]
    [InlineData("Physical therapy 6 sessions for the right shoulder", "As the worker also has knee osteoarthritis limiting a home program, the requested 6 sessions of physical therapy are not medically necessary.", null)]
    [InlineData("Continuous passive motion rental 21 days, 6 hours per day", "Because guidelines support use for 4 to 10 hours per day for up to 21 days, the requested rental is not medically necessary.", null)]
    [InlineData("MRI of the cervical spine", "Therefore, the requested MRI of the lumbar spine is not medically necessary.", "names lumbar spine")]
    // ", as" with a subject after it is a reason too ("..., as written," is an aside, and stays in the verdict's clause).
    [InlineData("Naproxen 550mg #60", "The request is not medically necessary, as the worker already takes meloxicam 15mg daily and two NSAIDs should not be combined.", null)]
    [InlineData("Norco 10/325mg #120", "Percocet 10/325mg #120 is not medically necessary, as the worker reports no relief.", "names Percocet")]
    [InlineData("Norco 10/325mg #120", "The request, as written, for Percocet 10/325mg #120 is not medically necessary.", "names Percocet")]
    public void A_medicine_named_in_the_verdicts_reason_is_not_the_item(string service, string conclusion, string? named)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
        {
            var rationale = "The records show no functional gain. " + conclusion;
            var (_, findings) = Checked(Letter(doubleSpaced, OneItem(era, service, "Upheld", Citation, rationale)));
            if (named is null) Assert.Empty(findings);
            else Assert.Contains(named, Assert.Single(findings, f => f.Id == "IMR004").Message);
        }
    }

    /// <summary>
    /// Every kind IMR004 compares is read in the verdict's own clause: a reason, or a phrase that sets the scene before the
    /// first comma, names sides, levels, doses, quantities and counts of other things. A probe's clean letters drew 21
    /// IMR004 for them; a value of another item in the verdict's clause is still named.
    /// </summary>
    [Theory]
    [InlineData("MRI of the right knee", "With a normal left knee examination, imaging of the symptomatic knee is not medically necessary.", null)]
    [InlineData("Gabapentin 600mg #90", "Below the maximum of 3600 mg/day and with no reduction in pain, continued gabapentin is not medically necessary.", null)]
    [InlineData("Ibuprofen 800mg #90", "Even below the 3200 mg per day maximum, the NSAID is not medically necessary given renal disease.", null)]
    [InlineData("Norco 10/325mg #120", "With a modified certification of #60 for weaning, the request for Norco 10/325mg is not medically necessary.", null)]
    [InlineData("Physical therapy 12 visits", "As a trial of 6 visits over 2 weeks showed no improvement, the requested physical therapy is not medically necessary.", null)]
    [InlineData("Lumbar epidural steroid injection L4-5", "With an L5-S1 disc protrusion on MRI, the request for a lumbar epidural steroid injection is not medically necessary.", null)]
    [InlineData("Functional restoration program 80 hours", "As total treatment may not exceed 160 hours, the requested program is not medically necessary.", null)]
    [InlineData("MRI of the right knee", "With a normal examination, an MRI of the left knee is not medically necessary.", "names left")]
    [InlineData("Norco 10/325mg #120", "Given no functional gain, the request for Norco 10/325mg #90 is not medically necessary.", "names #90")]
    [InlineData("Physical therapy 12 visits", "Although the worker improved, the requested 18 visits of physical therapy are not medically necessary.", "names 18 visits")]
    // A phrase that names the topic, or one the verdict points back to, is the verdict's subject; so is a reason that
    // names the request (a review found each swap lost).
    [InlineData("Norco 10/325mg #120", "In regard to Percocet 10/325mg #120, this is not medically necessary.", "names Percocet")]
    [InlineData("MRI of the right knee", "With respect to the MRI of the left knee, this is not medically necessary.", "names left")]
    [InlineData("Physical therapy 12 sessions for the lumbar spine", "With regard to physical therapy 18 sessions for the lumbar spine, this is not medically necessary.", "names 18 sessions")]
    [InlineData("Norco 10/325mg #120", "With no change in pain, it is not medically necessary to continue Norco 10/325mg #90.", "names #90")]
    [InlineData("Norco 10/325mg #120", "The medication is not medically necessary, as the request for Norco 10/325mg #90 lacks documentation of improvement.", "names #90")]
    public void What_the_verdicts_reasons_name_is_not_the_item(string service, string conclusion, string? named)
        => A_medicine_named_in_the_verdicts_reason_is_not_the_item(service, conclusion, named);

    /// <summary>
    /// A number beside a word that starts like a unit names no dose ("#120 given", "the 2009 guidelines"), and a share in
    /// percent ("a 50% reduction in pain") is no dose of a drug measured by weight: IMR004 compares none of them, while a
    /// patch's own strength still is. A combined dose named by its parts ("hydrocodone 10mg/acetaminophen 325mg") is the
    /// heading's "10/325mg" (a probe's was said to name another), and so is one of its parts alone ("hydrocodone 10mg").
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120", "Norco #120 given the lack of functional improvement", null)]
    [InlineData("Norco 10/325mg #120", "Norco, which the 2009 guidelines do not support,", null)]
    [InlineData("Ibuprofen 800mg #90", "Ibuprofen despite a 50% reduction in pain", null)]
    [InlineData("Lidoderm 5% patch #30", "Lidoderm 5% patch #30", null)]
    [InlineData("Lidoderm 5% patch #30", "Lidoderm 4% patch #30", "names 4%")]
    [InlineData("Norco 10/325mg #120", "Norco 7.5/325mg, given the lack of functional improvement,", "names 7.5/325mg")]
    // Grams however written: a compounded cream's amount.
    [InlineData("Flurbiprofen 20%/Lidocaine 5% cream 180gm", "Flurbiprofen 20%/Lidocaine 5% cream 240gm", "names 240g")]
    [InlineData("Flurbiprofen 20%/Lidocaine 5% cream 180gm", "Flurbiprofen 20%/Lidocaine 5% cream, 180 grams,", null)]
    [InlineData("Ketoprofen 10% cream 120 g", "Ketoprofen 10% cream 120gms", null)]
    // A combined dose named by its parts, each with its unit, is the same dose; other parts are another.
    [InlineData("Norco 10/325mg #120", "hydrocodone 10mg/acetaminophen 325mg #120", null)]
    [InlineData("Norco 10/325mg #120", "hydrocodone 10 mg and acetaminophen 325 mg #120", null)]
    [InlineData("Norco 10/325mg #120", "hydrocodone 7.5mg/acetaminophen 325mg #120", "names 7.5mg")]
    // One part named with its dose is the item's, as medicines.imr says (two probes' letters named the opioid alone).
    [InlineData("Norco 10/325mg #120", "hydrocodone 10mg #120", null)]
    [InlineData("Percocet 10/325mg #120", "oxycodone 10 mg #120", null)]
    [InlineData("Ultracet 37.5/325mg #60", "tramadol 37.5mg #60", null)]
    [InlineData("Norco 10/325mg #120", "hydrocodone 5mg #120", "names 5mg")]
    [InlineData("Norco 10/325mg #120", "hydrocodone 10mcg #120", "names 10mcg")]
    [InlineData("Norco 10/325mg #120", "hydrocodone 10mg #90", "names #90")]
    // A daily total in morphine equivalents measures the regimen, before or after its number; a dose of morphine is a dose.
    [InlineData("Norco 10/325mg #120", "Norco #120, as the total exceeds 120mg morphine equivalents,", null)]
    [InlineData("Norco 10/325mg #120", "Norco #120 at 90 mg MED", null)]
    [InlineData("Norco 10/325mg #120", "Norco #120, at a morphine equivalent dose of 150 mg,", null)]
    [InlineData("Norco 10/325mg #120", "Norco #120 given 200 mg oral morphine milligram equivalents a day", null)]
    [InlineData("Morphine sulfate ER 15mg #60", "morphine sulfate ER 30 mg #60", "names 30mg")]
    [InlineData("Norco 10/325mg #120", "Norco 7.5/325mg #120 at 45 mg MED", "names 7.5/325mg")]
    public void Only_a_dose_is_compared_as_a_dose(string service, string conclusionService, string? named)
    {
        foreach (var era in Eras)
        foreach (var doubleSpaced in new[] { false, true })
        {
            var findings = Check(era, doubleSpaced, service, conclusionService, out _);
            if (named is null) Assert.Empty(findings);
            else Assert.Contains(named, Assert.Single(findings, f => f.Id == "IMR004").Message);
        }
    }
}
