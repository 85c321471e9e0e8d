namespace ImrDsl.Cli.Checking;

/// <summary>
/// A made-up determination letter in the 2014-and-later layout, for <see cref="Prewarm"/>: every section the reader
/// reads (header cells, reviewer, case summary with age, sex and date of injury, decided items with guideline
/// citations and rationales), one citation whose pages do not fit its topic so the finding and excerpt code runs too.
/// No real person or case: the case number is all zeros.
/// </summary>
internal static class PracticeLetter
{
    public const string Path = "practice-letter.txt";

    public const string Text = """
        Case Number: CM16-0000000    Date Assigned: 03/02/2016
        Date of Injury: 06/14/2011    Decision Date: 04/11/2016
        UR Denial Date: 02/19/2016    Priority: Standard
        Application Received: 02/26/2016

        HOW THE IMR FINAL DETERMINATION WAS MADE

        MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no
        affiliation with the employer, employee, providers or the claims administrator.

        The Expert Reviewer has the following credentials:
        State(s) of Licensure: California
        Certification(s)/Specialty: Orthopedic Surgery

        CLINICAL CASE SUMMARY

        The expert reviewer developed the following clinical case summary based on a review of the case
        file, including all medical records:

        The injured worker is a 52-year-old female who sustained an industrial injury on 6/14/2011. She
        reports neck pain radiating to the right arm. Treatment has included medications and therapy.

        IMR ISSUES, DECISIONS AND RATIONALES

        The Final Determination was based on decisions for the disputed items/services set forth below:

        Tramadol 50 mg #90 with 2 refills: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment
        Guidelines, Opioids, pages 74-96.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines,
        Opioids, criteria for use, page 60.

        Decision rationale: The records show no measured improvement in function or pain with this
        medication, and no urine drug screen is documented. Therefore, the request for Tramadol 50 mg
        #90 with 2 refills is not medically necessary.

        Physical therapy, 6 sessions: Overturned

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment
        Guidelines, Physical Medicine, pages 98-99.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines,
        Physical Medicine, pages 98-99.

        Decision rationale: The guidelines allow a short course of therapy for a flare of pain, and the
        worker has not had therapy this year. The request for physical therapy, 6 sessions is medically
        necessary.
        """;
}
