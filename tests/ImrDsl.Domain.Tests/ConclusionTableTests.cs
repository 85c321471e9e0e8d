using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// How rationales end, as a table: each closing passage with the outcome it expresses (null: none). The phrases come from
/// the declarations (grammar/std/domain.imr, Outcome's `conclusions`), read through the generated OutcomeInfo.Phrases.
/// </summary>
public class ConclusionTableTests
{
    public static TheoryData<string, string?> Table() => new()
    {
        // Reasoning about another course is no conclusion on the request.
        { "Given the documented improvement, it is not reasonable to discontinue Norco 10/325mg #120 at this time.", null },
        { "Tapering is reasonable.", null },
        { "Opioids are not recommended long term. It is reasonable to discontinue Norco 10/325mg #120.", null },
        // Plain conclusions, upheld.
        { "Therefore, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The requested treatment is not medically necessary and appropriate.", "upheld" },
        { "The request for physical therapy is not deemed medically necessary.", "upheld" },
        { "The request for Soma cannot be recommended as medically necessary.", "upheld" },
        { "The request is not, at this time, medically necessary.", "upheld" },
        { "The request is not considered medically necessary.", "upheld" },
        { "The request is not currently medically necessary.", "upheld" },
        { "Therefore the request is not certified.", "upheld" },
        { "The request is non-certified.", "upheld" },
        { "The request for TENS is not medically reasonable and necessary.", "upheld" },
        { "The request for an MRI is not reasonable and necessary.", "upheld" },
        { "A urine drug screen is not warranted.", "upheld" },
        { "Occupational therapy, 12 sessions, right wrist is not warranted.", "upheld" },
        { "The records do not show a trial of first-line therapy. Lidoderm is not recommended.", "upheld" },
        { "The request for Lyrica is not supported.", "upheld" },
        { "The request is not indicated.", "upheld" },
        // A retrospective request is decided in the past tense.
        { "The retrospective request for the injection was not medically necessary on that date.", "upheld" },
        { "The retrospective request for the injection was medically necessary on that date.", "overturned" },
        { "The injections were medically necessary.", "overturned" },
        { "Medical necessity has not been established.", "upheld" },
        { "Medical necessity for the requested item has not been established.", "upheld" },
        { "Medical necessity cannot be established.", "upheld" },
        { "Medical necessity was not established.", "upheld" },
        { "Medical necessity has not been demonstrated.", "upheld" },
        { "The request does not meet the criteria.", "upheld" },
        { "The request does not meet guideline criteria.", "upheld" },
        // Criteria named with any words or none between (a probe's "does not meet criteria." read as nothing).
        { "The request for TENS unit, 30 day trial does not meet criteria.", "upheld" },
        { "The request does not meet the MTUS and ODG criteria.", "upheld" },
        { "The requested sessions do not meet criteria.", "upheld" },
        { "The request fails to meet MTUS criteria.", "upheld" },
        { "The request meets criteria.", "overturned" },
        { "The request meets the MTUS chronic pain criteria.", "overturned" },
        { "The request meets none of the criteria.", null },
        // A phrase with a gap is one of necessity or of the decision by its first words too: it outranks what a guideline
        // says of the drug before it ("medical necessity ... has not been established", "the denial of ... is not supported").
        { "Zolpidem is approved for insomnia. Medical necessity for Ambien 10mg #30 has not been established.", "upheld" },
        { "Zolpidem is approved for insomnia. Medical necessity for Ambien 10mg #30 is not established.", "upheld" },
        { "Zolpidem is approved for insomnia. Medical necessity for Ambien 10mg #30 was not established.", "upheld" },
        { "Soma is not approved for chronic use. Medical necessity for this medication has been established.", "overturned" },
        { "Soma is not approved for chronic use. The denial of this medication is not supported.", "overturned" },
        { "Soma is not approved for chronic use. The non-certification of the medication is not justified.", "overturned" },
        { "The request is not medically appropriate.", "upheld" },
        { "The request is not medically indicated.", "upheld" },
        { "The request lacks medical necessity.", "upheld" },
        // Wordings a probe found read as the opposite, or as nothing, falling back to a guideline's sentence before them.
        { "Opioids are recommended for chronic pain. The request cannot be considered medically necessary.", "upheld" },
        { "Opioids are recommended for chronic pain. Norco cannot be deemed medically necessary.", "upheld" },
        { "Opioids are recommended for chronic pain. The request is not, in my opinion, medically necessary.", "upheld" },
        { "Opioids are recommended for chronic pain. The request is not found to be medically necessary.", "upheld" },
        { "Opioids are recommended for chronic pain. The request fails to meet the criteria for medical necessity.", "upheld" },
        { "Opioids are recommended for chronic pain. The need for the request has not been substantiated.", "upheld" },
        { "The request for Norco is denied.", "upheld" },
        { "The request is not approved.", "upheld" },
        { "The request is not authorized.", "upheld" },
        { "Therefore, the denial is upheld.", "upheld" },
        { "The request would not be medically necessary.", "upheld" },
        { "The request does not appear to be medically necessary.", "upheld" },
        { "The request is not shown to be medically necessary.", "upheld" },
        { "The request is medically unnecessary.", "upheld" },
        { "The request is not justified.", "upheld" },
        { "The request is not consistent with the guidelines.", "upheld" },
        { "I recommend non-certification.", "upheld" },
        { "Non-certification is recommended.", "upheld" },
        { "The request should be non-certified.", "upheld" },
        { "The request cannot be certified.", "upheld" },
        { "The request is neither medically necessary nor appropriate.", "upheld" },
        { "There is no medical necessity for the request.", "upheld" },
        { "The request has not been shown to be medically necessary.", "upheld" },
        { "The request does not meet medical necessity criteria.", "upheld" },
        // Plain conclusions, overturned.
        { "Therefore, the request for Norco 10/325mg #120 is medically necessary.", "overturned" },
        { "The request is medically necessary and appropriate.", "overturned" },
        { "The request for Ibuprofen 800mg #90 is medically reasonable and necessary.", "overturned" },
        { "The request is reasonable and necessary.", "overturned" },
        { "The request is deemed medically necessary.", "overturned" },
        { "The request is considered medically necessary.", "overturned" },
        { "A 30 day trial of a TENS unit is warranted.", "overturned" },
        { "Continued use of naproxen is warranted.", "overturned" },
        { "The request is certified.", "overturned" },
        { "The request is certified as medically necessary.", "overturned" },
        { "Medical necessity has been established.", "overturned" },
        { "Medical necessity is established.", "overturned" },
        { "Medical necessity has been demonstrated.", "overturned" },
        { "The request is supported by the guidelines.", "overturned" },
        { "The request is indicated.", "overturned" },
        { "The request is recommended.", "overturned" },
        { "The request is medically appropriate.", "overturned" },
        { "The request is medically indicated.", "overturned" },
        { "The request is approved.", "overturned" },
        { "The request is authorized.", "overturned" },
        { "Therefore, the denial is overturned.", "overturned" },
        { "The request meets the criteria.", "overturned" },
        { "The request meets guideline criteria.", "overturned" },
        { "The request meets medical necessity criteria.", "overturned" },
        { "The request appears medically necessary.", "overturned" },
        { "The request would be medically necessary.", "overturned" },
        { "Certification is recommended.", "overturned" },
        { "I recommend certification.", "overturned" },
        { "The request should be certified.", "overturned" },
        { "The request can be certified.", "overturned" },
        { "The request is justified.", "overturned" },
        { "The requested Tizanidine 4mg #60 is medically appropriate and necessary.", "overturned" },
        { "The request is appropriate and medically necessary.", "overturned" },
        { "The request is not medically appropriate and necessary.", "upheld" },
        // The last sentence decides, though an earlier one speaks of a drug's approval.
        { "Tizanidine is not approved for myofascial pain. Spasm is documented. Therefore, the requested Tizanidine is medically appropriate and necessary.", "overturned" },
        // A concessive clause is not the conclusion: the main clause is, before or after it.
        { "Although the earlier request was not medically necessary, the current request is medically necessary.", "overturned" },
        { "While the prior course was not medically necessary, continued use is medically necessary.", "overturned" },
        { "Even though Norco is medically necessary for some patients, the request is not medically necessary.", "upheld" },
        { "Although the records show improvement, the request is not medically necessary.", "upheld" },
        { "The request is medically necessary, although the previous request was not medically necessary.", "overturned" },
        { "The request is not medically necessary, whereas a short course would be medically necessary.", "upheld" },
        { "(Though the first request was non-certified, the current request is certified.)", "overturned" },
        // A main clause that names no outcome leaves the whole sentence to speak.
        { "Although the request is not medically necessary, weaning should begin.", "upheld" },
        // Double negatives.
        { "The request is not medically unnecessary.", "overturned" },
        { "The request is not unwarranted.", "overturned" },
        { "The request is not unreasonable.", "overturned" },
        { "The request is not non-certified.", "overturned" },
        { "The request cannot be denied.", "overturned" },
        // Words joined or split by a converter.
        { "The request for a lumbar brace is notmedically necessary and appropriate.", "upheld" },
        { "The request is medicallynecessary.", "overturned" },
        { "The request is not medically\u00A0necessary.", "upheld" },
        // Quoted guideline text does not count.
        { "The guidelines state \"opioids are not recommended for long-term use.\" The request is medically necessary.", "overturned" },
        { "The request is medically necessary; the MTUS says \"this is not medically necessary in acute pain\".", "overturned" },
        { "Per MTUS, \u201Cmuscle relaxants are recommended for short-term use\u201D and this request is not medically necessary.", "upheld" },
        // A caveat after the concluding sentence does not decide it.
        { "Therefore, the request is not medically necessary. However, a weaning program is recommended.", "upheld" },
        { "The request is medically necessary. Should side effects develop, a taper is recommended.", "overturned" },
        { "The request is not medically necessary. If the provider documents improvement, a new request may be considered.", "upheld" },
        { "The request for Norco is not certified. Weaning is recommended to avoid withdrawal.", "upheld" },
        { "The request for TENS is warranted. Further imaging is not indicated.", "overturned" },
        // A verdict on another item of the same letter is a note (a probe's letters took it for the verdict).
        { "The request for Naproxen 550mg #60 is medically necessary. The concurrent request for cyclobenzaprine, by contrast, is not medically necessary and is addressed separately.", "overturned" },
        { "The request for Naproxen 550mg #60 is not medically necessary. The separate request for physical therapy is medically necessary.", "upheld" },
        // A condition for the future says what would be, not what is decided: alone, it concludes nothing, and a verdict on
        // the request further back still decides.
        { "The records contain no pain scores. If pain relief and functional gains are documented, continued Norco would be medically necessary.", null },
        { "No radiculopathy is documented on examination. Should radiculopathy be documented, an epidural injection would be medically necessary.", null },
        { "The records contain no pain scores. If pain relief is documented, continued Norco would be recommended.", null },
        { "The prior course gave no lasting benefit. Once functional improvement is documented, further physical therapy would be appropriate.", null },
        { "The request for Norco is not medically necessary. The records contain no pain scores. The urine drug screen was inconsistent. There is no opioid agreement. If pain relief is documented, continued Norco would be medically necessary.", "upheld" },
        // So does one that speaks with "would" and a condition, wherever the condition stands; a concession is no condition.
        { "The records contain no pain scores. Continued Norco would be medically necessary only if pain relief were documented.", null },
        { "The records contain no pain scores. In the event that pain relief is documented, Norco would be medically necessary.", null },
        { "The records contain no pain scores. When functional improvement is documented, continued Norco would be medically necessary.", null },
        { "The records contain no pain scores. Provided that pain relief is documented, continued Norco would be medically necessary.", null },
        { "The records contain no pain scores. Were pain relief documented, continued Norco would be medically necessary.", null },
        { "The records contain no pain scores. Had the provider documented pain relief, Norco would have been medically necessary.", null },
        { "Even if pain relief were documented, Norco would not be medically necessary given the inconsistent drug screens.", "upheld" },
        { "Norco would not be medically necessary, as the records show no improvement if any.", "upheld" },
        // A "would" of the reasons, an "if" before the verdict, or an opening that states no condition leaves the verdict
        // standing (a review found each read as a condition, and its IMR003 lost).
        { "The records show no pain scores; it is unclear if continued use would be beneficial, and therefore the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is not medically necessary, as there is no documentation of the functional gains that would be required if opioids were continued.", "upheld" },
        { "The request for Norco 10/325mg #120 is medically necessary, as stopping it abruptly would risk withdrawal if not tapered.", "overturned" },
        { "Upon review, the request for Norco 10/325mg #120 would not be medically necessary.", "upheld" },
        { "When weighed against the guidelines, the request for Norco 10/325mg #120 would not be medically necessary.", "upheld" },
        { "Until functional improvement is documented, the request for Norco 10/325mg #120 would not be medically necessary.", "upheld" },
        // Sentences that conclude nothing.
        { "The records were reviewed.", null },
        { "See above.", null },
        { "The patient is 45 years old and works as a clerk.", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_closing_passage_expresses_its_outcome(string rationale, string? outcome)
        => Assert.Equal(outcome, Conclusions.Find(rationale, OutcomeInfo.Phrases)?.Member);

    /// <summary>
    /// A reviewer's own verb with the request as its object ("I do not find the request ... medically necessary"),
    /// and wordings a probe found read as nothing, so that a contradiction went unreported. Each with its outcome.
    /// </summary>
    public static TheoryData<string, string> Verdicts() => new()
    {
        // Wordings a later probe found read as nothing, so that a sentence before them decided instead, and an object too
        // long for a gap of twelve words.
        { "Continuation of Norco 10/325mg #120 is reasonable and medically necessary.", "overturned" },
        { "Norco 10/325mg #120 is not reasonable and medically necessary.", "upheld" },
        { "The utilization review denial of Norco 10/325mg #120 is reversed.", "overturned" },
        { "The request for Norco 10/325mg #120 satisfies the guideline criteria.", "overturned" },
        { "The request for Norco 10/325mg #120 does not satisfy the guideline criteria.", "upheld" },
        { "The documentation is insufficient to establish the medical necessity of Norco 10/325mg #120.", "upheld" },
        { "The records have not shown Norco 10/325mg #120 to be medically necessary.", "upheld" },
        { "The records demonstrate the medical necessity of Norco 10/325mg #120.", "overturned" },
        { "The request for Norco 10/325mg #120 remains unsupported.", "upheld" },
        { "The denial of Norco 10/325mg #120 should stand.", "upheld" },
        { "The denial of Norco 10/325mg #120 is affirmed.", "upheld" },
        { "Continuing Norco 10/325mg #120 would not be appropriate.", "upheld" },
        { "Continuing Norco 10/325mg #120 would be appropriate.", "overturned" },
        { "Continuing Norco 10/325mg #120 would not be medically necessary.", "upheld" },
        { "I do not find the request for Norco 10/325mg #120, one tablet every six hours as needed for pain, to be medically necessary.", "upheld" },
        { "The documentation supports Norco 10/325mg #120.", "overturned" },
        { "The medical records support continued use of Norco 10/325mg #120.", "overturned" },
        { "The documentation does not support Norco 10/325mg #120.", "upheld" },
        // "Neither ... nor" whichever word comes first, as a probe's letters wrote it.
        { "The requested Norco 10/325mg #120 is neither necessary nor appropriate.", "upheld" },
        { "Norco 10/325mg #120 is neither reasonable nor medically necessary.", "upheld" },
        { "Continued Norco 10/325mg #120 is neither indicated nor medically necessary at this time.", "upheld" },
        { "The request for Norco 10/325mg #120 is neither appropriate nor necessary.", "upheld" },
        { "Norco 10/325mg #120 is not indicated nor necessary.", "upheld" },
        // A condition for the future after the verdict on the item is a note on what would be, not the verdict.
        { "Norco 10/325mg #120 is not medically necessary. If functional improvement is later documented, continued opioid therapy would be medically necessary.", "upheld" },
        { "Norco 10/325mg #120 is medically necessary. Should aberrant drug behavior be documented, further opioids would not be medically necessary.", "overturned" },
        { "Continued Norco is not medically necessary at this time. Once the urine drug screens are consistent, opioids would be appropriate.", "upheld" },
        { "Norco 10/325mg #120 is not medically necessary. Norco would be medically necessary if the provider documented pain relief.", "upheld" },
        // Slips of grammar and wordings of approval or denial a second probe found read as nothing.
        { "Therefore, the request for Norco 10/325mg #120 is not medical necessary.", "upheld" },
        { "Therefore, the request for Norco 10/325mg #120 is medical necessary.", "overturned" },
        { "Norco 10/325mg #120 is not a medical necessity.", "upheld" },
        { "Norco 10/325mg #120 is a medical necessity for this patient.", "overturned" },
        { "Medical necessity is not met for the request for Norco 10/325mg #120.", "upheld" },
        { "Medical necessity is met for the request for Norco 10/325mg #120.", "overturned" },
        { "I recommend the request for Norco 10/325mg #120 be approved.", "overturned" },
        { "I do not recommend the request for Norco 10/325mg #120 be approved.", "upheld" },
        { "The prior non-certification of Norco 10/325mg #120 is reversed.", "overturned" },
        { "I am unable to recommend the request for Norco 10/325mg #120.", "upheld" },
        { "I do not find the request for Norco 10/325mg #120 medically necessary.", "upheld" },
        { "I cannot find the request for Norco 10/325mg #120 to be medically necessary.", "upheld" },
        { "I am unable to find the request medically necessary.", "upheld" },
        { "I do not consider the request for Norco 10/325mg #120 medically necessary.", "upheld" },
        { "I am unable to recommend Norco 10/325mg #120 as medically necessary.", "upheld" },
        { "Norco 10/325mg #120 is not considered to be medically necessary.", "upheld" },
        { "Norco 10/325mg #120 would not be considered medically necessary.", "upheld" },
        { "Norco 10/325mg #120 is not clinically indicated.", "upheld" },
        { "The request for Norco 10/325mg #120 should be denied.", "upheld" },
        { "Norco 10/325mg #120 cannot be supported.", "upheld" },
        { "The request for Norco 10/325mg #120 is unsupported.", "upheld" },
        { "I find the request for Norco 10/325mg #120 not medically necessary.", "upheld" },
        { "I find that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is recommended for non-certification.", "upheld" },
        { "The request for Norco 10/325mg #120 is recommended for denial.", "upheld" },
        { "The request for Norco 10/325mg #120 is noncertified.", "upheld" },
        { "The request for Norco 10/325mg #120 isn't medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 isn\u2019t medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 cannot be authorized.", "upheld" },
        { "The request for Norco 10/325mg #120 is not deemed to be medically necessary.", "upheld" },
        { "Continued Norco 10/325mg #120 is not medically needed.", "upheld" },
        { "Continued Norco 10/325mg #120 is medically needed.", "overturned" },
        { "The request for Norco 10/325mg #120 is deemed to be medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is recommended for certification.", "overturned" },
        { "The request for Norco 10/325mg #120 is non certified.", "upheld" },
        { "Recommend non certification of Norco 10/325mg #120.", "upheld" },
        { "As such, Norco 10/325mg #120 is not medically-necessary.", "upheld" },
        { "As such, Norco 10/325mg #120 is medically-necessary.", "overturned" },
        { "Therefore, the request for Norco 10/325mg #120 is not medically warranted.", "upheld" },
        { "Therefore, the request for Norco 10/325mg #120 is medically warranted.", "overturned" },
        { "The criteria for continued Norco 10/325mg #120 are not met.", "upheld" },
        { "Guideline criteria have not been met for Norco 10/325mg #120.", "upheld" },
        { "Guideline criteria have been met for Norco 10/325mg #120.", "overturned" },
        { "Medical necessity for the requested Norco 10/325mg #120 has not been met.", "upheld" },
        { "Medical necessity for the requested Norco 10/325mg #120 has been met.", "overturned" },
        { "Norco 10/325mg #120 is no longer medically necessary.", "upheld" },
        { "Norco 10/325mg #120 is no longer indicated.", "upheld" },
        { "The request for Norco 10/325mg #120 is not currently indicated.", "upheld" },
        { "I recommend that the request for Norco 10/325mg #120 be denied.", "upheld" },
        { "I recommend that the request for Norco 10/325mg #120 be certified.", "overturned" },
        { "The request for Norco 10/325mg #120 should not be authorized.", "upheld" },
        { "The request for Norco 10/325mg #120 should be authorized.", "overturned" },
        { "The request for Norco 10/325mg #120 is being denied.", "upheld" },
        { "The request for Norco 10/325mg #120 is being certified.", "overturned" },
        { "The request for Norco 10/325mg #120 is hereby certified.", "overturned" },
        { "The request for Norco 10/325mg #120 is granted.", "overturned" },
        { "The request for Norco 10/325mg #120 is not felt to be medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is felt to be medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 does not seem medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 does appear to be medically necessary.", "overturned" },
        { "I find the request for Norco 10/325mg #120 not to be medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 may be considered medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 has been shown to be medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is both medically necessary and appropriate.", "overturned" },
        { "The request for Norco 10/325mg #120 is neither reasonable nor necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is not reasonable.", "upheld" },
        { "The request for Norco 10/325mg #120 is reasonable.", "overturned" },
        { "The requested twelve sessions of physical therapy are not reasonable.", "upheld" },
        { "Not all of the MTUS criteria for epidural steroid injections have been met.", "upheld" },
        { "None of the MTUS criteria for epidural steroid injections were met.", "upheld" },
        { "None of the criteria for a lumbar fusion have been met.", "upheld" },
        { "Not all MTUS criteria have been met.", "upheld" },
        { "The MTUS criteria for discontinuation of opioids have not been met.", "overturned" },
        { "The MTUS criteria for discontinuation of opioids have been met.", "upheld" },
        { "The criteria for weaning have not been met.", "overturned" },
        { "None of the criteria for discontinuation of opioids have been met.", "overturned" },
        { "Not all of the criteria for discontinuation of opioids have been met.", "overturned" },
        { "The request for Norco 10/325mg #120 is not considered reasonable.", "upheld" },
        { "The request for Norco 10/325mg #120 is considered reasonable.", "overturned" },
        { "The guideline criteria for continued opioid use have not been satisfied.", "upheld" },
        { "The guideline criteria for continued opioid use have been satisfied.", "overturned" },
        { "The criteria for the use of epidural steroid injections have not been met.", "upheld" },
        { "The criteria for the use of epidural steroid injections have been met.", "overturned" },
        { "The guideline criteria for a functional restoration program were not met.", "upheld" },
        { "The guideline criteria for a functional restoration program were met.", "overturned" },
        { "Although it is reasonable to treat the pain, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The MTUS criteria for continued opioid use, including documented functional improvement, have been met.", "overturned" },
        { "Therefore, the request for Norco 10/325mg #120 is unwarranted.", "upheld" },
        { "The medical necessity of Norco 10/325mg #120 was not established.", "upheld" },
        { "The medical necessity of Norco 10/325mg #120 was established.", "overturned" },
        { "The request for Norco 10/325mg #120 is not medically supported.", "upheld" },
        { "The request for Norco 10/325mg #120 is medically supported.", "overturned" },
        { "The request for Norco 10/325mg #120 is not consistent with MTUS guidelines.", "upheld" },
        { "The request for Norco 10/325mg #120 is consistent with MTUS guidelines.", "overturned" },
        { "The prior UR decision is reversed.", "overturned" },
        { "The prior denial of Norco 10/325mg #120 cannot be upheld.", "overturned" },
        { "Reversal of the prior non-certification is recommended.", "overturned" },
        { "I am upholding the prior non-certification of Norco 10/325mg #120.", "upheld" },
        { "I am overturning the prior non-certification of Norco 10/325mg #120.", "overturned" },
        { "I find the request for Norco 10/325mg #120 medically necessary.", "overturned" },
        { "I find the request for Norco 10/325mg #120 to be medically necessary.", "overturned" },
        { "I consider the request for Norco 10/325mg #120 medically necessary.", "overturned" },
        { "I believe the request for Norco 10/325mg #120 is medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is therefore medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is, therefore, medically necessary.", "overturned" },
        { "Norco 10/325mg #120 is considered to be medically necessary.", "overturned" },
        { "There is medical necessity for Norco 10/325mg #120.", "overturned" },
        { "The request for Norco 10/325mg #120 is clinically indicated.", "overturned" },
        { "The request for Norco 10/325mg #120 is both reasonable and medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 should be approved.", "overturned" },
        { "Norco 10/325mg #120, which was found not medically necessary at the prior review, is now medically necessary.", "overturned" },
        { "With the records now complete, Norco 10/325mg #120 is now indicated.", "overturned" },
        { "Norco 10/325mg #120 is now warranted.", "overturned" },
        { "Norco 10/325mg #120 is now not medically necessary.", "upheld" },
        { "Norco 10/325mg #120 is not now medically necessary.", "upheld" },
        // A fifth probe's: the item named inside "non-certification ... is recommended" (which read as approval), a verdict
        // on the UR's decision, and "inappropriate" after "medically" (both read as nothing).
        { "As such, non-certification of Norco 10/325mg #120 is recommended.", "upheld" },
        { "Non-certification for Norco 10/325mg #120 is recommended.", "upheld" },
        { "I would uphold the utilization review decision.", "upheld" },
        { "I would overturn the utilization review decision.", "overturned" },
        { "Therefore, Norco 10/325mg #120 is medically inappropriate.", "upheld" },
        // A sixth probe's: a recommendation as a label, a conditional refusal, the UR's denial reversed or not upheld, and
        // double negatives of "unnecessary".
        { "Recommendation: Non-certify.", "upheld" },
        { "Recommendation: Certify.", "overturned" },
        { "I would not recommend continuation of Norco 10/325mg #120.", "upheld" },
        { "The UR denial is reversed.", "overturned" },
        { "The UR denial of Norco 10/325mg #120 is not upheld.", "overturned" },
        { "The UR decision to non-certify Norco 10/325mg #120 is affirmed.", "upheld" },
        { "The request for Norco 10/325mg #120 cannot be said to be unnecessary.", "overturned" },
        { "Norco 10/325mg #120 is not unnecessary.", "overturned" },
        // A word on more than was asked after the verdict on the item limits it; one that names the item may be the verdict.
        { "Norco 10/325mg #120 is medically necessary. Any further escalation of the dose would not be medically necessary.", "overturned" },
        { "Norco 10/325mg #120 is medically necessary. Further refills would not be medically necessary.", "overturned" },
        { "Norco 10/325mg #120 is not medically necessary. Any future increase would be appropriate only after a trial of weaning.", "upheld" },
        { "The worker's pain is unchanged on it. Further refills would not be medically necessary.", "upheld" },
    };

    /// <summary>
    /// Each verdict decides its item in a letter of either spacing: the item's own outcome passes, the other one is IMR003;
    /// in the 2013 layout, whose heading states no outcome, the verdict is the item's outcome.
    /// </summary>
    [Theory]
    [MemberData(nameof(Verdicts))]
    public void A_verdict_decides_its_item_in_a_letter(string verdict, string outcome)
    {
        var other = outcome == "upheld" ? "Overturned" : "Upheld";
        var own = outcome == "upheld" ? "Upheld" : "Overturned";
        var citation = "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.";
        var rationale = "The records show the current regimen and the response to it. " + verdict;
        foreach (var doubleSpaced in new[] { false, true })
        {
            List<string> Ids(string era, string heading)
            {
                var (model, findings) = LetterLayouts.Checked(LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem(era, "Norco 10/325mg #120", heading, citation, rationale)));
                if (era == "numbered") Assert.Equal(outcome, Assert.Single(model.Items).Outcome?.ToString().ToLowerInvariant());
                return findings.Select(f => f.Id).ToList();
            }
            Assert.Empty(Ids("headed", own));
            Assert.Equal(new[] { "IMR003" }, Ids("headed", other));
            Assert.Empty(Ids("numbered", own));
        }
    }

    /// <summary>Every verdict of both tables with a word hyphenated between letters ("non-certified"), split after each such hyphen.</summary>
    public static IEnumerable<object[]> VerdictsSplitAtAHyphen()
    {
        var verdicts = Table().Select(row => ((string)row[0], (string?)row[1])).Concat(Verdicts().Select(row => ((string)row[0], (string?)row[1])));
        foreach (var (verdict, outcome) in verdicts)
        {
            if (outcome is null) continue;
            for (var i = 1; i + 1 < verdict.Length; i++)
                if (verdict[i] == '-' && char.IsLetter(verdict[i - 1]) && char.IsLower(verdict[i + 1]))
                    yield return new object[] { verdict[..(i + 1)], verdict[(i + 1)..], outcome };
        }
    }

    /// <summary>
    /// A verdict whose hyphenated word a line end splits after its hyphen ("is non-" / "certified.", as PDF text wraps)
    /// decides its item as the whole verdict does, in either spacing: a kept prefix joins its word with the hyphen, a
    /// word broken by the line drops it. Before, "non-" and "certified" were joined with a space, which no phrase holds.
    /// </summary>
    [Theory]
    [MemberData(nameof(VerdictsSplitAtAHyphen))]
    public void A_verdict_split_at_its_hyphen_decides_as_it_does_whole(string beforeBreak, string afterBreak, string outcome)
    {
        var other = outcome == "upheld" ? "Overturned" : "Upheld";
        var own = outcome == "upheld" ? "Upheld" : "Overturned";
        var citation = "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.";
        foreach (var doubleSpaced in new[] { false, true })
        {
            var rationale = "The records show the current regimen and the response to it. " + beforeBreak + (doubleSpaced ? "\n\n" : "\n") + afterBreak;
            List<string> Ids(string heading)
                => LetterLayouts.Checked(LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem("headed", "Norco 10/325mg #120", heading, citation, rationale))).Findings.Select(f => f.Id).ToList();
            Assert.Empty(Ids(own));
            Assert.Equal(new[] { "IMR003" }, Ids(other));
        }
    }

    /// <summary>Verdicts on the request, each as it reads upheld and overturned.</summary>
    private static readonly (string Upheld, string Overturned)[] VerdictPairs =
    {
        ("Therefore, the request for Norco 10/325mg #120 is not medically necessary.", "Therefore, the request for Norco 10/325mg #120 is medically necessary."),
        ("The request for Norco 10/325mg #120 is non-certified.", "The request for Norco 10/325mg #120 is certified."),
        ("The requested Norco 10/325mg #120 is not medically necessary and appropriate.", "The requested Norco 10/325mg #120 is medically necessary and appropriate."),
        ("Therefore, Norco 10/325mg #120 is not medically necessary and the patient should be weaned.", "Therefore, Norco 10/325mg #120 is medically necessary, with a taper planned in 3 months."),
    };

    /// <summary>
    /// What reviewers write after their verdict: the request's history with utilization review, weaning, a condition for a
    /// later request, other treatments, recommendations and notes on the records. Each holds a phrase of its own, some of
    /// either polarity, and none is the verdict.
    /// </summary>
    private static readonly string[] NotesAfterTheVerdict =
    {
        "This request was previously non-certified on 06/05/2017.",
        "This request was previously certified on 06/05/2017.",
        "Of note, a weaning supply of Norco was previously found medically necessary by the UR.",
        "Of note, the utilization review found the request not medically necessary.",
        "The prior reviewer found the request medically necessary.",
        "Nonetheless, weaning is medically necessary.",
        "Nevertheless, tapering is not medically necessary.",
        "Tapering, however, is recommended.",
        "A slow taper is medically necessary to avoid withdrawal.",
        "Note: a 30-day weaning supply is medically necessary.",
        "Additionally, a urine drug screen is not medically necessary.",
        "Instead, a trial of physical therapy is medically necessary.",
        "A further request would be medically necessary only with documented functional improvement.",
        "Weaning is recommended. A urine drug screen is recommended. Follow-up is recommended in 4 weeks.",
        "Weaning is not recommended. A urine drug screen is not recommended. Follow-up is not recommended.",
        "This decision was based on the records provided. Records reviewed: 12 pages. Reviewer: MD.",
        "This decision was based on the records provided. Records reviewed: 12 pages. The UR non-certified the request. Reviewer: MD.",
    };

    /// <summary>
    /// Sentences before a verdict that opens with "However" or "Until": what utilization review or the guideline said, in
    /// either polarity. The reviewer's own verdict is the one that decides.
    /// </summary>
    private static readonly string[] ViewsBeforeTheVerdict =
    {
        "The UR reviewer found the request not medically necessary.",
        "The UR reviewer found the request medically necessary.",
        "The utilization review non-certified the request on 06/05/2017.",
        "The MTUS states that continued opioids are medically necessary only with documented functional improvement.",
        "The guidelines state that continued opioids are not medically necessary without documented functional improvement.",
    };

    public static IEnumerable<object[]> PassagesAroundAVerdict()
    {
        foreach (var (upheld, overturned) in VerdictPairs)
        foreach (var (verdict, outcome) in new[] { (upheld, "upheld"), (overturned, "overturned") })
        {
            foreach (var note in NotesAfterTheVerdict) yield return new object[] { $"{verdict} {note}", outcome };
            var lowered = char.ToLowerInvariant(verdict[0]) + verdict[1..];
            foreach (var view in ViewsBeforeTheVerdict)
            {
                yield return new object[] { $"{view} However, given the records, {lowered}", outcome };
                yield return new object[] { $"{view} Nothing new is documented. Until such documentation is provided, {lowered}", outcome };
            }
        }
    }

    /// <summary>
    /// The verdict decides however it is surrounded: a note after it (history, weaning, other treatments, three
    /// recommendations, the records reviewed) never outranks it or hides it, and a verdict that opens with "However" or
    /// "Until" outranks what utilization review or the guideline said before it. Checked in a letter of either spacing: the
    /// item's own outcome passes and the other is IMR003.
    /// </summary>
    [Theory]
    [MemberData(nameof(PassagesAroundAVerdict))]
    public void The_verdict_decides_whatever_surrounds_it(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// Whole closing passages as reviewers write them, where a sentence before or after the verdict holds a verdict word
    /// of its own: the provider's or utilization review's view, the request's history, a guideline's condition, a note
    /// on another request, a reason clause with a negation before "that", a verdict inside an aside. A probe of the first
    /// reading of notes and denied claims found each read wrongly; the verdict decides.
    /// </summary>
    public static TheoryData<string, string> PassagesAsReviewersWriteThem() => new()
    {
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Given the lack of improvement since the prior review, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. In agreement with utilization review, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. I agree with the UR physician that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. As previously determined, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Therefore, Norco 10/325mg #120 is not medically necessary and the patient should be weaned.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary and tapering should begin.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary unless a urine drug screen is obtained.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Since the MTUS states that opioids require documented improvement, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Additionally, the request for Norco 10/325mg #120 is not medically necessary because no pain contract is documented.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Also, Norco 10/325mg #120 is not medically necessary since the MED exceeds 120.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Of note, the request for Norco 10/325mg #120 is not medically necessary regardless of the pain contract.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. In addition, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. I agree with the peer reviewer; Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes the medication is medically necessary. There is no objective functional improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary; weaning is recommended.", "upheld" },
        { "The treating physician reports that Norco is medically necessary for function. A urine drug screen should be obtained prior to continuing opioids; therefore, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The treating physician believes Norco is medically necessary. Nevertheless, based on the guidelines, Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The request was non-certified on 06/05/2017 because of GI concerns. The patient has no GI history and reports 40 percent pain relief. Contrary to the UR determination, the request for Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "Ibuprofen was deemed not medically necessary on 06/05/2017 due to a lack of documented benefit. The worker reports reduced pain and better walking tolerance with ibuprofen. Given the improvement documented since the prior review, the request for Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "NSAIDs are not medically necessary for long-term use in most patients. Nevertheless, Ibuprofen 800mg #90 is medically necessary for this patient given the documented improvement.", "overturned" },
        { "The request was non-certified on 06/05/2017 because of GI concerns. The patient has no GI history and reports 40 percent pain relief. As the MTUS states that NSAIDs are recommended for chronic low back pain, the request for Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "Acetaminophen is not medically necessary as it has failed. Instead, Ibuprofen 800mg #90 is medically necessary for his pain.", "overturned" },
        { "The request was non-certified on 06/05/2017 because of GI concerns. The patient has no GI history and reports 40 percent pain relief. I disagree with the peer reviewer and find Ibuprofen 800mg #90 medically necessary.", "overturned" },
        { "The request was non-certified on 06/05/2017. The patient reports 40 percent pain relief. He walks farther. He has no GI upset. His blood pressure is normal. Therefore, Ibuprofen 800mg #90 is appropriate.", "overturned" },
        { "The request for Ibuprofen 800mg #90 was non-certified on 06/05/2017. The patient reports 40 percent pain relief. He walks farther. He has no GI upset. His blood pressure is normal. Continued Ibuprofen 800mg #90 is recommended.", "overturned" },
        { "The request for Ibuprofen 800mg #90 was non-certified on 06/05/2017 for lack of documented benefit. The records now document benefit. The patient reports 50 percent pain relief. He is able to work. Given the documentation since the prior review, the request for Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The treating physician reports that the requested Norco is medically necessary for return to work. There is no objective improvement. The urine drug screen was inconsistent. There is no opioid contract. The MED is 150. Therefore, Norco 10/325mg #120 is not recommended.", "upheld" },
        { "There is no documented improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary. However, the request can be certified upon documentation of functional improvement.", "upheld" },
        { "There is no documented improvement. Therefore, Norco 10/325mg #120 is not medically necessary. However, should the request be resubmitted with documented improvement, it can be certified.", "upheld" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. Therefore, the request for Ibuprofen 800mg #90 is medically necessary. However, the request for refills is not medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. Therefore, the request for Ibuprofen 800mg #90 is medically necessary. However, any further request is not medically necessary without documented ongoing benefit.", "overturned" },
        { "The claimant has no documented improvement. The request for Norco 10/325mg #120 is not medically necessary. However, the request for Ibuprofen is medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. As there is no documentation that the patient has failed first-line therapy, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Since the records do not show that the patient has improved, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Because there is no evidence that Norco has improved function, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Given the lack of improvement, I have determined that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. With no documented improvement, it is my opinion that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Due to insufficient documentation, this reviewer finds that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. The records do not document improvement, which means that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. There is no functional improvement, so I agree that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. There is no documentation that opioids have improved function, and continued Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. There is no documentation that opioids have improved function, making the request for Norco 10/325mg #120 not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Not only is there no functional improvement, but the urine drug screen was inconsistent, such that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. No urine drug screens or pain contract are documented; given that, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The patient has failed first-line therapy; however, there is no documentation of localized neuropathic pain, and for that reason Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. The patient has not improved on that regimen, and Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. The patient did not improve with the prior course, so that a further course of Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. The lack of documented functional improvement indicates that Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "Continued opioids require documented functional improvement. Given the absence of documented functional improvement and no urine drug testing, I am recommending that Norco 10/325mg #120 be non-certified.", "upheld" },
        { "Continued opioids require documented functional improvement. The patient has not improved; it is therefore determined that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "In the absence of a trial of first-line therapy, which is not documented, it is determined that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The MTUS states, \"There is no evidence that opioids are effective for chronic low back pain beyond 16 weeks.\" The request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "There is no documentation that the patient improved. the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
        { "The patient has failed acetaminophen. Since the patient has failed first-line therapy, I find that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The patient cannot take acetaminophen due to liver disease. The patient is unable to tolerate acetaminophen, so I conclude that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. The patient failed acetaminophen and physical therapy, and it is my opinion that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. There is no doubt that the request for Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. There is no question that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. It cannot be disputed that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. The patient reports no side effects from Ibuprofen 800mg #90, a medication that is medically necessary for his condition.", "overturned" },
        { "As the claimant has not improved with acetaminophen, the reviewer agrees with the treating physician that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "With no gastrointestinal complaints and documented improvement, it is clear that Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "Lidoderm is recommended for localized peripheral pain after a trial of first-line therapy. As there is no documentation that first-line therapy failed, Lidoderm (lidocaine patch) 5% #30 is not medically necessary and appropriate.", "upheld" },
        { "The patient has not improved. A taper is recommended for the Norco 10/325mg #120, which is not medically necessary, over the next four weeks.", "upheld" },
        { "The patient has not improved. Physical therapy is recommended instead of Norco 10/325mg #120, which is not medically necessary, for this patient.", "upheld" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. The patient should continue Ibuprofen 800mg #90, which is medically necessary, and a GI consultation is not indicated.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. Long-term NSAID use is not recommended, but Ibuprofen 800mg #90, which is medically necessary, should be continued with monitoring.", "overturned" },
        { "The worker reports reduced pain and better walking tolerance with ibuprofen. Therefore, the request for Ibuprofen 800mg #90 is medically necessary. The request was non-certified on 06/05/2017.", "overturned" },
        { "The request was non-certified for lack of documented benefit. However, the benefit is now documented and Ibuprofen 800mg #90 is medically necessary.", "overturned" },
        { "The request was non-certified on 06/05/2017 because of GI concerns. The patient has no GI history and reports 40 percent pain relief. Further use of Ibuprofen 800mg #90 is medically necessary.", "overturned" },
    };

    /// <summary>A title's full stop before a name ends no sentence: the verdict is the whole sentence, in every title.</summary>
    public static IEnumerable<object[]> VerdictsThatNameADoctor()
    {
        foreach (var title in new[] { "Dr.", "DR.", "Mr.", "Mrs.", "Ms.", "Prof." })
        {
            yield return new object[] { $"The patient has not improved. It has not been established that the Norco 10/325mg #120 prescribed by {title} Lee is medically necessary.", "upheld" };
            yield return new object[] { $"The patient has not improved. The Norco 10/325mg #120 prescribed by {title} Lee is not medically necessary.", "upheld" };
            yield return new object[] { $"The records show relief. I do not find that the Norco 10/325mg #120 that {title} Lee prescribed is not medically necessary.", "overturned" };
        }
        yield return new object[] { "Naproxen was tried. There is no evidence that Norco 10/325mg #120 vs. Naproxen is medically necessary.", "upheld" };
    }

    [Theory]
    [MemberData(nameof(VerdictsThatNameADoctor))]
    public void A_title_before_a_name_ends_no_sentence(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    [Theory]
    [MemberData(nameof(PassagesAsReviewersWriteThem))]
    public void A_passage_as_reviewers_write_it_concludes_with_its_verdict(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// A reviewer who denies that the request is necessary ("It has not been demonstrated that ...", "I disagree that
    /// ...") concludes the opposite of the clause after "that"; the denial must stand just before "that" in a part that
    /// holds no verdict of its own, and the claim must be one clause.
    /// </summary>
    public static IEnumerable<object[]> NegatedClaims()
    {
        string[] denials =
        {
            "It has not been demonstrated that", "There is no documentation that", "I disagree that", "I do not agree that",
            "The records do not establish that", "I cannot conclude that", "It is not clear that", "There is insufficient evidence that",
            "The documentation fails to show that", "I am unable to confirm that", "The submitted records don't show that", "It is not the case that",
            // The one denied named, with an aside on who they are, between the denial and "that".
            "I do not agree with Dr. Chan, the UR physician, that", "I disagree with the prior reviewer, Dr. Lee, that",
            "I cannot agree with the utilization reviewer, a board-certified internist, that",
            // probe88's: a subject that negates, further from its denying word than a negation before the verb stands.
            "Nothing in the submitted medical records indicates that", "No note from the treating physician shows that",
            "There is nothing in the records to indicate that", "None of the submitted progress notes document that",
        };
        foreach (var row in denials.SelectMany(ThroughTheClaimPatterns)) yield return row;
        // A negating word that belongs to another clause joined by "and" or "but", or that is not the subject, denies nothing.
        yield return new object[] { "No change was noted but the records indicate that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "The worker reports no new injury and the records show that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "Nothing new was reported and I find that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        // A negating word in another clause, with no comma to part them (a review): not the denying word's subject.
        yield return new object[] { "Nothing else has helped so the records show that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "As nothing else has helped the records show that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "With none of the NSAIDs tolerated the records show that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        // A verdict before "that" is not negated by it.
        yield return new object[] { "The request for Norco 10/325mg #120 is not medically necessary given that opioids are not recommended here.", "upheld" };
        yield return new object[] { "The request for Norco 10/325mg #120 is medically necessary given that there is no sign of misuse.", "overturned" };
        yield return new object[] { "I find that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { "I agree that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "I agree with Dr. Chan, the UR physician, that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { "I agree with Dr. Chan, the UR physician, that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
    }

    /// <summary>
    /// A denial before the eight claims each table puts it through: the claim in both outcomes and two wordings, then a
    /// clause whose negation is about the records and a verdict after it, which stands as written.
    /// </summary>
    private static IEnumerable<object[]> ThroughTheClaimPatterns(string denial)
    {
        yield return new object[] { $"{denial} the request for Norco 10/325mg #120 is medically necessary.", "upheld" };
        yield return new object[] { $"{denial} Norco 10/325mg #120 is medically necessary and appropriate.", "upheld" };
        yield return new object[] { $"{denial} the request for Norco 10/325mg #120 is not medically necessary.", "overturned" };
        yield return new object[] { $"{denial} the request for Norco 10/325mg #120 is non-certified.", "overturned" };
        yield return new object[] { $"{denial} the patient improved; therefore, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { $"{denial} the patient improved, so the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { $"{denial} the patient improved and the request for Norco 10/325mg #120 is therefore not medically necessary.", "upheld" };
        yield return new object[] { $"{denial} the patient improved. Therefore, the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
    }

    [Theory]
    [MemberData(nameof(NegatedClaims))]
    public void A_negated_claim_concludes_the_opposite_of_its_clause(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// Denials as reviewers also write them, which read as the claim they deny (a probe's false IMR003s): with no "that"
    /// ("I do not think the request is ..."), of a claim's reasons ("did not explain why ..."), "Neither ... nor ...",
    /// and denying words the list lacked ("cannot say", "unable to determine"). Each
    /// through the same eight patterns as <see cref="NegatedClaims"/>: the claim, both polarities, then a clause whose
    /// negation is about the records and a verdict after it, which stands as written.
    /// </summary>
    public static IEnumerable<object[]> NegatedClaimsWithoutThat()
    {
        string[] denials =
        {
            "I do not think", "I do not feel", "I don't believe", "The documentation does not demonstrate", "The records do not show",
            "There is no evidence", "It is not clear", "It has not been shown", "The records fail to demonstrate", "I cannot say that",
            "I cannot agree", "It cannot be concluded that", "The reviewer is unable to determine that", "It is not possible to determine that",
            "I disagree", "I do not agree", "There is no basis to find",
            "The provider did not explain why", "No rationale was given as to why", "It is unclear why",
        };
        foreach (var row in denials.SelectMany(ThroughTheClaimPatterns)) yield return row;
        yield return new object[] { "Neither the medication nor the quantity is medically necessary.", "upheld" };
        yield return new object[] { "Therefore, neither Norco 10/325mg nor the 3 refills are medically necessary.", "upheld" };
        // What the records do not show, then a verdict that is no claim of theirs: the verdict stands.
        yield return new object[] { "The records do not show functional improvement and Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { "The records do not show any aberrant behavior and Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "There is no evidence of misuse, and I think the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "I think the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "The records show the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "It is clear why the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
    }

    [Theory]
    [MemberData(nameof(NegatedClaimsWithoutThat))]
    public void A_claim_denied_without_that_concludes_the_opposite_of_its_clause(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// A clause that gives the verdict's reason is not the verdict, though it may hold the longer phrase: before the main
    /// clause ("Since there is no documentation that Norco is medically necessary, the request is denied."), after it
    /// ("... is not certified because the records do not show ..."), or after a semicolon the verdict follows ("...; therefore,
    /// the request is denied.", "...; the request is medically necessary."). A probe's false IMR003s, both outcomes.
    /// </summary>
    public static TheoryData<string, string> VerdictsBesideTheirReasons() => new()
    {
        { "As the records do not show that Norco is medically necessary, the request for Norco 10/325mg #120 is denied.", "upheld" },
        { "Since there is no documentation that Norco is medically necessary, the request for Norco 10/325mg #120 is denied.", "upheld" },
        { "Because Norco is not medically necessary for acute pain only, the request for Norco 10/325mg #120 is certified.", "overturned" },
        { "Given that the prior trial was not medically necessary, the current request for Norco 10/325mg #120 is certified.", "overturned" },
        { "Norco 10/325mg #120 is being denied as there is no evidence it is medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is not certified because the records do not show the medication is medically necessary.", "upheld" },
        { "The request for Norco 10/325mg #120 is certified because the UR found it not medically necessary without reason.", "overturned" },
        { "The request for Norco 10/325mg #120 is certified, since the UR found it not medically necessary without reason.", "overturned" },
        { "No documentation was provided to show the medication is medically necessary; therefore, the request for Norco 10/325mg #120 is denied.", "upheld" },
        { "Weaning is not medically necessary at this time; the request for Norco 10/325mg #120 is medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is medically necessary; however, a higher dose is not medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is not medically necessary; however, a weaning supply is medically necessary.", "upheld" },
        { "The urine drug screen is medically necessary even though opioids are not medically necessary.", "overturned" },
        { "The request for Norco 10/325mg #120 is not medically necessary although the UR found the medication medically necessary.", "upheld" },
        // A verdict on the decision ends the main clause: the decision it rules on is named with the longer phrase.
        { "The UR denial of Norco 10/325mg #120 as not medically necessary is overturned.", "overturned" },
        { "The prior determination of not medically necessary is hereby overturned.", "overturned" },
        // An aside that opens "as" is no reason: the verdict after it stands, and a concession after the verdict is cut.
        { "The request, as written, is medically necessary, although the prior request was not medically necessary.", "overturned" },
        { "As such, the request for Norco 10/325mg #120 is not medically necessary.", "upheld" },
    };

    /// <summary>
    /// Sentences an independent review found read the other way once denials without "that", reasons and semicolons were
    /// read: a reason that holds the only decisive verdict ("Since the request is not medically necessary, weaning is
    /// recommended."), the reviewer's own reason ("which is why", "and that is why"), a denial joined to the reviewer's
    /// own verdict by "and" or "but", a negated "disagree", "Neither" and "why" before a second clause, semicolons inside
    /// quotation marks, brackets and lists. Each reads as it did before those changes, which is as a person reads it.
    /// </summary>
    public static TheoryData<string, string> ReasonsAndOwnVerdicts() => new()
    {
        { "Since the request is not medically necessary, weaning is recommended.", "upheld" },
        { "Weaning is recommended because Baclofen is not medically necessary.", "upheld" },
        { "Since the request is medically necessary, continued monitoring is not recommended.", "overturned" },
        { "Functional improvement was not documented and that is why the request is not medically necessary.", "upheld" },
        { "Improvement has not been documented, which is why the request is not medically necessary.", "upheld" },
        { "No rationale was provided which is why the request is not medically necessary.", "upheld" },
        { "I disagree with the UR determination and believe the request is medically necessary.", "overturned" },
        { "I respectfully disagree with the UR physician and feel Norco is medically necessary.", "overturned" },
        { "I do not disagree the request is medically necessary.", "overturned" },
        { "There is no evidence the patient is diverting the medication and continued use is medically necessary.", "overturned" },
        { "Medical records do not document the patient is working but Baclofen is medically necessary.", "overturned" },
        { "I do not believe the patient has improved and I do not find the request medically necessary.", "upheld" },
        { "There is no evidence the medication has helped and we cannot certify the request.", "upheld" },
        { "The records do not document the ongoing use of opioids which are not medically necessary.", "upheld" },
        { "I do not believe I can certify the request as it is not medically necessary.", "upheld" },
        { "Neither side effects nor aberrant behavior have been reported and Baclofen is medically necessary.", "overturned" },
        { "Neither MTUS nor ODG recommends long-term use and Baclofen is not medically necessary.", "upheld" },
        { "It is unclear why the patient stopped Baclofen and Baclofen is medically necessary.", "overturned" },
        { "MTUS states \"muscle relaxants are recommended for short-term use; they are not medically necessary long term\" and the request is medically necessary.", "overturned" },
        { "Norco is not medically necessary; see also ODG; ACOEM; MTUS p. 80-82; Official Disability Guidelines; Pain chapter; Opioids.", "upheld" },
        { "The request is medically necessary (MTUS, page 78; ODG, Pain chapter).", "overturned" },
        { "The records do not show MTUS criteria are met and Norco is not medically necessary.", "upheld" },
        { "I do not think the patient is a surgical candidate at this time and Norco is medically necessary.", "overturned" },
    };

    [Theory]
    [MemberData(nameof(ReasonsAndOwnVerdicts))]
    public void A_reason_or_a_denial_joined_to_the_reviewers_own_verdict_does_not_decide_it(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// The ways a reviewer says no reason was given for a claim, which deny it (a second review found them read as the
    /// claim): "No reason is given as to why", "There is no explanation of why", "... in the records why". And a negated
    /// "disagree" before "that", which agrees. Each with a claim of both outcomes.
    /// </summary>
    public static IEnumerable<object[]> ClaimsWithoutReasons()
    {
        string[] openings =
        {
            "No reason is given as to why", "There is no explanation of why", "No rationale was provided regarding why", "It is not explained in the records why",
            "No explanation is given why", "No rationale is provided why", "The provider has not explained in this report why", "There is no rationale for why",
            "No explanation was provided for why",
        };
        foreach (var opening in openings)
        {
            yield return new object[] { $"{opening} the request for Norco 10/325mg #120 is medically necessary.", "upheld" };
            yield return new object[] { $"{opening} the request for Norco 10/325mg #120 is not medically necessary.", "overturned" };
        }
        yield return new object[] { "I do not disagree with the UR that the request for Norco 10/325mg #120 is not medically necessary.", "upheld" };
        yield return new object[] { "I do not disagree with the UR that the request for Norco 10/325mg #120 is medically necessary.", "overturned" };
        yield return new object[] { "I disagree with the UR that the request for Norco 10/325mg #120 is not medically necessary.", "overturned" };
    }

    [Theory]
    [MemberData(nameof(ClaimsWithoutReasons))]
    public void A_claim_given_no_reason_is_denied_and_a_negated_disagreement_agrees(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    [Theory]
    [MemberData(nameof(VerdictsBesideTheirReasons))]
    public void A_clause_that_gives_the_reason_does_not_decide_the_verdict(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>An aside between commas ("..., which the UR found not medically necessary, ...") is not the main verb's verdict.</summary>
    public static IEnumerable<object[]> VerdictsAroundAnAside()
    {
        string[] asides =
        {
            "which the UR found not medically necessary", "which the UR found medically necessary", "which was previously non-certified",
            "which was certified in 2016", "who is not a surgical candidate", "which is not recommended for acute pain",
        };
        foreach (var aside in asides)
        {
            yield return new object[] { $"The Norco 10/325mg #120, {aside}, is medically necessary.", "overturned" };
            yield return new object[] { $"The Norco 10/325mg #120, {aside}, is not medically necessary.", "upheld" };
            yield return new object[] { $"The request for Norco 10/325mg #120, {aside}, is certified.", "overturned" };
            yield return new object[] { $"The request for Norco 10/325mg #120, {aside}, is non-certified.", "upheld" };
        }
    }

    [Theory]
    [MemberData(nameof(VerdictsAroundAnAside))]
    public void An_aside_does_not_decide_the_sentence(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// A short interjection between commas that says on what grounds or in whose view ("in my opinion", "based on the
    /// records") splits a verdict's words without changing them: "The request is, in my opinion, medically necessary" read
    /// as no verdict, so an Upheld item so concluded gave no IMR003. Both outcomes, the interjection in each place a
    /// reviewer puts it; an interjection that speaks of weaning, or that stands beside a "which" aside.
    /// </summary>
    public static IEnumerable<object[]> VerdictsSplitByAnInterjection()
    {
        const string x = "Norco 10/325mg #120";
        string[] interjections =
        {
            "in my opinion", "in my medical opinion", "in this case", "based on the records reviewed", "per the MTUS guidelines",
            "according to the guidelines", "given the documented improvement", "from a clinical standpoint", "upon review of the records",
        };
        foreach (var interjection in interjections)
        {
            yield return new object[] { $"The request for {x} is, {interjection}, medically necessary.", "overturned" };
            yield return new object[] { $"The request for {x} is, {interjection}, medically necessary and appropriate.", "overturned" };
            yield return new object[] { $"The request for {x}, {interjection}, is medically necessary.", "overturned" };
            yield return new object[] { $"The request for {x} is, {interjection}, not medically necessary.", "upheld" };
            yield return new object[] { $"The request for {x} is not, {interjection}, medically necessary.", "upheld" };
            yield return new object[] { $"The request for {x}, {interjection}, is non-certified.", "upheld" };
        }
        // An interjection says what the sentence is about as much as its words do: a weaning supply after the verdict is
        // still a note on tapering, not the verdict.
        foreach (var weaning in new[] { "for weaning purposes", "for the purpose of tapering", "in order to wean" })
        {
            yield return new object[] { $"The request for {x} is not medically necessary. A 30-day supply of Norco, {weaning}, is medically necessary.", "upheld" };
            yield return new object[] { $"The request for {x} is not medically necessary. Norco 10/325mg #60, {weaning}, would be medically necessary.", "upheld" };
        }
        // A "which" aside, which may hold a verdict of its own, is left out before an interjection is.
        foreach (var interjection in new[] { "based on the records", "in my opinion" })
        {
            yield return new object[] { $"Therefore, {interjection}, the request for {x}, which the UR physician found not medically necessary, is medically necessary.", "overturned" };
            yield return new object[] { $"Therefore, {interjection}, the request for {x}, which the UR physician found medically necessary, is not medically necessary.", "upheld" };
        }
    }

    [Theory]
    [MemberData(nameof(VerdictsSplitByAnInterjection))]
    public void An_interjection_does_not_hide_the_verdict_it_splits(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// An interjection of any length between a verb and the verdict's words ("is not, given the absence of any documented
    /// reduction in pain or improvement in function over the last six months, medically necessary"): nothing but the
    /// verdict can follow such a verb. A probe found one of 18 words read as no verdict, so a guideline's sentence before
    /// it decided the other way.
    /// </summary>
    public static IEnumerable<object[]> VerdictsSplitByALongInterjection()
    {
        const string x = "Norco 10/325mg #120";
        string[] interjections =
        {
            "given the absence of any documented reduction in pain or improvement in function over the last six months",
            "in light of the absence of documented functional improvement and of any plan for re-evaluation",
            "according to the treating physician's progress report of March 2017 and the agreed medical evaluator's report",
            "based on the records reviewed for this determination",
        };
        foreach (var interjection in interjections)
        {
            yield return new object[] { $"Opioids are recommended for chronic pain. The request for {x} is not, {interjection}, medically necessary.", "upheld" };
            yield return new object[] { $"Opioids are recommended for chronic pain. {x} would not be, {interjection}, medically necessary.", "upheld" };
            yield return new object[] { $"Opioids are recommended for chronic pain. The request for {x} is, {interjection}, not medically necessary.", "upheld" };
            yield return new object[] { $"Long-term opioid use is not recommended. The request for {x} is, {interjection}, medically necessary.", "overturned" };
            yield return new object[] { $"Long-term opioid use is not recommended. The requested {x} are, {interjection}, medically necessary.", "overturned" };
        }
    }

    [Theory]
    [MemberData(nameof(VerdictsSplitByALongInterjection))]
    public void A_long_interjection_between_a_verb_and_its_verdict_does_not_hide_it(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>An aside that negates is no interjection: "is, in no way, medically necessary" is not read as "is medically necessary".</summary>
    [Theory]
    [InlineData("in no way")]
    [InlineData("on no account")]
    [InlineData("in not one respect")]
    [InlineData("in no way and on no reading of the records of the last six months")]
    public void A_negating_aside_is_no_interjection(string negated)
        => Assert.NotEqual("overturned", Conclusions.Find($"Long-term opioid use is not recommended. The request for Norco 10/325mg #120 is, {negated}, medically necessary.", OutcomeInfo.Phrases)?.Member);

    /// <summary>
    /// Verdicts as reviewers word them after a sentence that states what the guideline recommends in general: a linking
    /// adverb inside the verdict ("is therefore denied", "is not, therefore, medically necessary"), the reviewer or the
    /// guidelines as subject ("the guidelines do not support"), a verdict on the prior denial ("The UR denial of X is not
    /// supported"), and guideline wordings ("is not guideline supported", "exceeds guideline recommendations"). Before,
    /// each read as nothing and the guideline's general sentence decided, the opposite way for every one here.
    /// </summary>
    public static IEnumerable<object[]> VerdictsAfterAGuidelineSentence()
    {
        const string x = "Norco 10/325mg #120";
        string[] upheld =
        {
            $"The request for {x} is therefore denied.", $"The request for {x} is therefore not recommended.", $"{x} is therefore not considered medically necessary.",
            $"{x} is also not recommended.", $"The prior denial of {x} is therefore upheld.", $"The request for {x} is not, therefore, medically necessary.",
            $"The request for {x} is thus not warranted.", $"Therefore, the guidelines do not support {x}.", $"Therefore, I do not recommend {x}.",
            $"Therefore, I am unable to certify {x}.", $"I agree with the UR non-certification of {x}.", $"I uphold the prior denial of {x}.",
            $"The UR determination of non-certification for {x} is supported.", $"Therefore, the prior denial of {x} is appropriate.",
            $"The previous non-certification of {x} is justified.", $"As such, {x} is not guideline supported.", $"The request for {x} would not be supported.",
            $"The request for {x} does not meet guidelines.", $"The request for {x} exceeds guideline recommendations.", $"The request for {x} is not reasonable or necessary.",
        };
        string[] overturned =
        {
            $"The request for {x} is therefore certified.", $"The request for {x} is consequently medically necessary.", $"The request for {x} is also medically necessary.",
            $"The request for {x} is, therefore, medically necessary.", $"The UR denial of {x} is not supported.", $"The UR denial of {x} is not warranted.",
            $"The non-certification of {x} is not justified.", $"I disagree with the UR non-certification of {x}.", $"I do not agree with the prior denial of {x}.",
            $"I overturn the prior denial of {x}.", $"As such, {x} is guideline supported.", $"The request for {x} meets guidelines.", $"The request for {x} would be supported.",
        };
        foreach (var verdict in upheld) yield return new object[] { "Opioids are recommended as an option for short-term use in selected patients. " + verdict, "upheld" };
        foreach (var verdict in overturned) yield return new object[] { "Long-term opioid use is not recommended for most patients. " + verdict, "overturned" };
    }

    [Theory]
    [MemberData(nameof(VerdictsAfterAGuidelineSentence))]
    public void A_verdict_worded_as_reviewers_word_it_outranks_the_guidelines_general_sentence(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// What a guideline or the FDA says of a drug in words of approval or necessity ("Zolpidem is approved for the
    /// short-term treatment of insomnia."), then the case's facts, then a general verdict that names the request ("The
    /// request for Ambien 10mg #30 is not indicated."): the verdict decides. A probe found the drug's description read as
    /// the conclusion (a false IMR003 in seven letters), since a phrase of approval or necessity outranked a general one
    /// wherever it stood. A general sentence on weaning or tapering stays a note, however it names the request.
    /// </summary>
    public static IEnumerable<object[]> DescriptionsThenAGeneralVerdictOnTheRequest()
    {
        (string Sentence, string Service)[] approvals =
        {
            ("Zolpidem is approved for the short-term (usually two to six weeks) treatment of insomnia.", "Ambien 10mg #30"),
            ("Tizanidine is approved for the management of spasticity and used off-label for low back pain.", "Tizanidine 4mg #60"),
            ("Lidoderm is only approved by the FDA for post-herpetic neuralgia.", "Lidoderm 5% patch #30"),
        };
        (string Sentence, string Service)[] refusals =
        {
            ("Soma is not approved for long-term use.", "Soma 350mg #30"),
            ("Long-term use of benzodiazepines is not medically necessary for most patients.", "Xanax 0.5mg #30"),
        };
        string[] denials = { "The request for {0} is not indicated.", "The request for {0} is not supported.", "The request for {0} is not justified.", "As such, the request for {0} is not warranted." };
        string[] grants = { "The request for {0} is indicated.", "The request for {0} is supported.", "Therefore, the requested {0} is warranted." };
        string[] facts = { "", "The worker has taken it nightly for two years. " };
        foreach (var fact in facts)
        {
            foreach (var (sentence, service) in approvals)
            foreach (var denial in denials)
                yield return new object[] { $"{sentence} {fact}{string.Format(denial, service)}", "upheld" };
            foreach (var (sentence, service) in refusals)
            foreach (var grant in grants)
                yield return new object[] { $"{sentence} {fact}{string.Format(grant, service)}", "overturned" };
        }
    }

    [Theory]
    [MemberData(nameof(DescriptionsThenAGeneralVerdictOnTheRequest))]
    public void A_general_verdict_on_the_request_outranks_what_was_said_of_the_drug_before_it(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// A note with a verdict word (the request's history, another party's decision, a guideline's rule or condition, a drug's
    /// label) before a plain general verdict on the item ("Continued use of Norco 10/325mg #120 is appropriate.", "The
    /// request is supported."): the verdict decides. A probe found the note read as the conclusion (false IMR003 in eleven
    /// letters), as a decisive note outranked any general verdict after it that did not say "the request".
    /// </summary>
    public static IEnumerable<object[]> NotesThenAPlainGeneralVerdictOnTheItem()
    {
        string[] readAsDenials =
        {
            "The request was non-certified by utilization review.",
            "The utilization reviewer found the request not medically necessary.",
            "The MTUS states that continuing an opioid without objective functional improvement is not medically necessary.",
            "Norco was previously denied.",
        };
        string[] readAsApprovals =
        {
            "An earlier course of Norco was medically necessary after the surgery.",
            "The request was previously certified for a shorter course.",
            "Hydrocodone is approved by the FDA for moderate to severe pain.",
            "Opioids are medically necessary only when analgesia and function are documented.",
        };
        string[] grants = { "Continued use of Norco 10/325mg #120 is appropriate.", "The request is supported.", "Norco 10/325mg #120 is warranted at this time.", "Continuing Norco 10/325mg #120 would be appropriate." };
        string[] denials = { "Norco 10/325mg #120 is not recommended.", "The request is not supported.", "Continuing Norco 10/325mg #120 would not be appropriate.", "Norco 10/325mg #120 is not indicated at this time." };
        foreach (var fact in new[] { "", "The notes now record a 30 percent reduction in pain. " })
        {
            foreach (var note in readAsDenials)
            foreach (var grant in grants)
                yield return new object[] { $"{note} {fact}{grant}", "overturned" };
            foreach (var note in readAsApprovals)
            foreach (var denial in denials)
                yield return new object[] { $"{note} {fact}{denial}", "upheld" };
        }
    }

    [Theory]
    [MemberData(nameof(NotesThenAPlainGeneralVerdictOnTheItem))]
    public void A_plain_general_verdict_on_the_item_outranks_a_note_before_it(string passage, string outcome)
    {
        AssertConcludes(passage, outcome);
        Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, "Norco 10/325mg #120")?.Member);
    }

    /// <summary>
    /// A verdict that opens "Further" or "Additional" and names the item asks for more of it ("Further physical therapy, 12
    /// sessions, is not supported."): after a note, it is the verdict, though its opening word makes it a caveat. Hedged
    /// ("may be appropriate if ...") or on something else ("Further, the home exercise program is recommended.") it stays
    /// a note, and the note before it decides. A probe's letter concluded from the history before it (a false IMR003).
    /// </summary>
    [Theory]
    [InlineData("An initial course of therapy was medically necessary after the injury. Twenty-four visits were completed without a change in function. Further physical therapy, 12 sessions, is not supported.", "upheld")]
    [InlineData("Physical therapy was previously certified for six visits. Additional physical therapy is not warranted.", "upheld")]
    [InlineData("The request was non-certified by utilization review. Further physical therapy is appropriate.", "overturned")]
    [InlineData("The request was non-certified by utilization review. Further physical therapy may be appropriate if function improves.", "upheld")]
    [InlineData("The request was non-certified by utilization review. Further, the home exercise program is recommended.", "upheld")]
    public void A_verdict_asking_for_more_of_the_item_outranks_a_note_before_it(string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, "Physical therapy, 12 sessions")?.Member);

    /// <summary>
    /// A general verdict on the request after a decisive one that agrees ("Therefore the request is not certified. ... The
    /// request for Omeprazole 40mg #60 is not supported.") is the conclusion, the item's last word, so IMR004 compares it
    /// with the heading: a probe found a wrong dose and a wrong count in it unreported. One that names none of the item's
    /// words is on something else, and the decisive one stays the conclusion.
    /// </summary>
    [Theory]
    [InlineData("Omeprazole 20mg #60", "Therefore the request is not certified. The worker has no GI risk factors. The request for Omeprazole 40mg #60 is not supported.", true)]
    [InlineData("Cognitive behavioral therapy, 6 sessions", "This request is not medically necessary. Progress was not documented. As such, the request for cognitive behavioral therapy, 10 sessions is not warranted.", true)]
    [InlineData("Norco 10/325mg #120", "Therefore, the request is medically necessary. The request for Norco 10/325mg #90 is supported.", true)]
    [InlineData("Norco 10/325mg #120", "Therefore the request for Norco 10/325mg #120 is not certified. The requested urine drug screen is not supported either.", false)]
    public void A_general_verdict_on_the_item_that_agrees_with_the_decisive_one_before_it_is_the_last_word(string service, string passage, bool last)
    {
        var found = Conclusions.Find(passage, OutcomeInfo.Phrases, service);
        Assert.NotNull(found);
        var lastSentence = Conclusions.LastSentence(passage);
        if (last) Assert.Equal(lastSentence, found!.Sentence);
        else Assert.NotEqual(lastSentence, found!.Sentence);
        // In a letter, IMR004 compares the last word with the heading.
        var heading = found.Member == "upheld" ? "Upheld" : "Overturned";
        var letter = LetterLayouts.Letter(false, LetterLayouts.OneItem("headed", service, heading,
            "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.", passage));
        Assert.Equal(last, LetterLayouts.Checked(letter).Findings.Any(f => f.Id == "IMR004"));
    }

    [Theory]
    [InlineData("Norco is not medically necessary. The request for a weaning supply is recommended.")]
    [InlineData("Norco is not medically necessary. Tapering of the requested medication is recommended.")]
    [InlineData("Norco is not medically necessary. The requested medication may be weaned, which is reasonable.")]
    public void A_general_word_on_tapering_that_names_the_request_is_still_a_note(string passage)
        => Assert.Equal("upheld", Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);

    /// <summary>
    /// What a guideline recommends in general, followed by the case's facts and no verdict, is the reviewer's reasoning:
    /// it concludes nothing, so neither outcome contradicts it. Before, the general sentence decided, and an Upheld letter
    /// that quoted "X is recommended as an option" got a false IMR003. Alone, or as the last word, the general sentence
    /// still decides, and so does one that reads as a verdict ("Therefore, ...", or one naming the request).
    /// </summary>
    public static IEnumerable<object[]> GuidelineSentencesBeforeFacts()
    {
        (string Sentence, string Outcome)[] generals =
        {
            ("Cyclobenzaprine is recommended as an option, using a short course of therapy.", "overturned"),
            ("Muscle relaxants are not recommended for long-term use.", "upheld"),
            ("Opioids are recommended for moderate to severe pain in selected patients.", "overturned"),
            ("Topical lidocaine is not recommended for non-neuropathic pain.", "upheld"),
        };
        string[] facts =
        {
            "The injured worker has used it since 2013.",
            "The injured worker reports pain of 7/10 and works full duty.",
            "Examination shows tenderness of the lumbar paraspinal muscles. Range of motion is limited by pain.",
        };
        foreach (var (sentence, outcome) in generals)
        foreach (var fact in facts)
            yield return new object[] { sentence, fact, outcome };
    }

    [Theory]
    [MemberData(nameof(GuidelineSentencesBeforeFacts))]
    public void A_guideline_sentence_before_the_cases_facts_is_no_verdict(string general, string facts, string outcome)
    {
        // The general sentence decides alone, as the last word, and when it reads as a verdict.
        Assert.Equal(outcome, Conclusions.Find(general, OutcomeInfo.Phrases)?.Member);
        Assert.Equal(outcome, Conclusions.Find(facts + " " + general, OutcomeInfo.Phrases)?.Member);
        Assert.Equal(outcome, Conclusions.Find("Therefore, " + char.ToLowerInvariant(general[0]) + general[1..] + " " + facts, OutcomeInfo.Phrases)?.Member);
        // Followed by facts, it concludes nothing: no outcome contradicts it.
        var passage = general + " " + facts;
        Assert.Null(Conclusions.Find(passage, OutcomeInfo.Phrases));
        foreach (var doubleSpaced in new[] { false, true })
        foreach (var heading in new[] { "Upheld", "Overturned" })
        {
            var letter = LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem("headed", "Cyclobenzaprine 7.5mg #60", heading,
                "MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants (for pain), pages 63-66.", passage));
            Assert.DoesNotContain("IMR003", LetterLayouts.Checked(letter).Findings.Select(f => f.Id));
        }
    }

    /// <summary>The passage concludes with the outcome, alone and as an item's rationale in letters of either spacing.</summary>
    private static void AssertConcludes(string passage, string outcome)
    {
        Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);
        AssertDecidesInALetter(passage, outcome);
    }

    private static void AssertDecidesInALetter(string passage, string outcome)
    {
        var other = outcome == "upheld" ? "Overturned" : "Upheld";
        var own = outcome == "upheld" ? "Upheld" : "Overturned";
        var citation = "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Page(s): 76-80.";
        var rationale = "The records show the current regimen and the response to it. " + passage;
        foreach (var doubleSpaced in new[] { false, true })
        {
            List<string> Ids(string heading)
                => LetterLayouts.Checked(LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem("headed", "Norco 10/325mg #120", heading, citation, rationale))).Findings
                    .Select(f => f.Id).Where(id => id == "IMR003").ToList();
            Assert.Empty(Ids(own));
            Assert.Equal(new[] { "IMR003" }, Ids(other));
        }
    }

    [Fact]
    public void The_declarations_hold_at_least_eighty_phrasings_each_with_one_polarity()
    {
        var phrases = OutcomeInfo.Phrases.SelectMany(p => p.Phrases.Select(text => (p.Member, Text: text))).ToList();
        Assert.True(phrases.Count >= 80, $"only {phrases.Count} phrasings are declared");
        var both = phrases.GroupBy(p => p.Text).Where(g => g.Select(p => p.Member).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(both);
        // Every declared phrasing, alone in a sentence, expresses its own outcome; one written as a sentence is that sentence.
        foreach (var (member, text) in phrases)
        {
            var sentence = OutcomePhrases.IsSentencePhrase(text) ? text : $"The request {text}.";
            Assert.True(Conclusions.Find(sentence, OutcomeInfo.Phrases)?.Member == member, $"\"{sentence}\" does not read as {member}");
        }
    }

    /// <summary>
    /// A terse verdict written as a sentence of its own (probe85: "... with no aberrant behavior. Medically necessary." under
    /// an Upheld heading read as nothing), and the same words inside a longer sentence, which decide nothing.
    /// </summary>
    [Theory]
    [InlineData("Pain relief and improved function are documented. Medically necessary.", "overturned")]
    [InlineData("No functional improvement is documented. Not recommended.", "upheld")]
    [InlineData("A one month trial was documented with improvement. Therefore, recommended.", "overturned")]
    [InlineData("No trial was documented. Thus, not certified.", "upheld")]
    [InlineData("Improvement documented. Certified.", "overturned")]
    [InlineData("As such, medically necessary and appropriate.", "overturned")]
    [InlineData("The request is not recommended by guidelines as a primary modality. However, a trial was documented with improvement. Recommended.", "overturned")]
    [InlineData("Guidelines recommend a trial. None was documented. Denied.", "upheld")]
    [InlineData("Only medically necessary care is covered.", null)]
    [InlineData("Certified physical therapists provide the care.", null)]
    [InlineData("Recommended as an option for chronic pain.", null)]
    [InlineData("Status: Recommended.", null)]
    [InlineData("Not recommended for long-term use.", null)]
    [InlineData("Therefore recommended physical therapy was completed.", null)]
    public void A_verdict_written_as_a_sentence_of_its_own_decides_only_as_the_whole_sentence(string passage, string? outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);

    /// <summary>
    /// Every phrase declared as a sentence reads as its member alone and after each word that draws a conclusion, and
    /// as nothing when other words come before it in the same sentence.
    /// </summary>
    [Fact]
    public void A_sentence_phrase_reads_as_its_member_alone_or_after_a_concluding_word_only()
    {
        var sentences = OutcomeInfo.Phrases.SelectMany(p => p.Phrases.Where(OutcomePhrases.IsSentencePhrase).Select(text => (p.Member, Text: text))).ToList();
        Assert.True(sentences.Count >= 10, $"only {sentences.Count} sentence phrases are declared");
        foreach (var (member, text) in sentences)
        {
            var lower = char.ToLowerInvariant(text[0]) + text.Substring(1);
            foreach (var opening in new[] { "", "Therefore, ", "Thus ", "As such, ", "In conclusion, " })
            {
                var sentence = opening.Length == 0 ? text : opening + lower;
                Assert.True(Conclusions.Find(sentence, OutcomeInfo.Phrases)?.Member == member, $"\"{sentence}\" does not read as {member}");
            }
            var inside = $"The guideline lists {lower}";
            Assert.True(Conclusions.Find(inside, OutcomeInfo.Phrases) is null, $"\"{inside}\" reads as a verdict");
        }
    }

    /// <summary>
    /// Verdicts plainly on the request (they name it, or the item's dose and quantity as the letter's template does),
    /// decisive or general, for advice to follow.
    /// </summary>
    private static readonly (string Service, string Verdict, string Outcome)[] ItemVerdicts =
    {
        ("Lioresal (Baclofen) 10 mg #60 with 3 refills", "The Lioresal (Baclofen) 10 mg #60 with 3 refills is not medically necessary and appropriate.", "upheld"),
        ("Naproxen 550mg #60", "The records document less pain with naproxen. Continued use of Naproxen 550mg #60 is warranted.", "overturned"),
        ("Norco 10/325mg #120", "Therefore, the request for Norco 10/325mg #120 is not medically necessary.", "upheld"),
        ("Norco 10/325mg #120", "Therefore, Norco 10/325mg #120 is medically necessary for this patient.", "overturned"),
        ("Physical therapy 12 sessions, lumbar spine", "The requested physical therapy is not medically necessary.", "upheld"),
        ("Urine drug screen", "The request for a urine drug screen is medically necessary.", "overturned"),
        ("Lioresal (Baclofen) 10 mg #60 with 3 refills", "As such, the requested Baclofen is not medically necessary.", "upheld"),
        ("MRI of the lumbar spine without contrast", "Therefore, medical necessity for the request has been established.", "overturned"),
    };

    /// <summary>
    /// Advice on another treatment after the verdict on the item, with the opposite verdict, as reviewers write it (a probe
    /// found each read as the conclusion). Each reads as advice (it opens "A" or speaks of what would be, what first, what
    /// instead ...), and none names the item or stands for one ("the medication", "the treatment").
    /// </summary>
    private static readonly string[] Advice =
    {
        "A home exercise program is {0}.",
        "Gradual discontinuation is {0} to avoid withdrawal.",
        "Detoxification is {0}.",
        "The patient should be referred to a pain specialist, which is {0}.",
        "Tramadol could be considered as an alternative and would be {0}.",
        "An alternative non-opioid regimen, such as an NSAID, is recommended and would be {0}.",
        "Continued monitoring is {0} at this time.",
        "Passive modalities are {0}.",
        "A short course of 2-3 visits to review the home program would be {0}.",
        "Naloxone is {0} while it is being tapered.",
        "A urine drug screen is {0} prior to any further use of opioids.",
    };

    private static string Opposite(string outcome) => outcome == "upheld" ? "medically necessary" : "not medically necessary";

    public static IEnumerable<object[]> VerdictsFollowedByAdvice()
        => from verdict in ItemVerdicts
           from advice in Advice
           // Advice on a urine drug screen is the verdict on one.
           where !(advice.Contains("urine drug screen") && verdict.Service == "Urine drug screen")
           select new object[] { verdict.Service, verdict.Verdict + " " + string.Format(advice, Opposite(verdict.Outcome)), verdict.Outcome };

    /// <summary>
    /// General verdicts on the request (neither necessity nor certification), each followed at once by general advice on
    /// another treatment: a probe's "... is not medically reasonable or necessary. The worker may continue the home exercise
    /// program, which is recommended." read as the advice's, a false IMR003. Services that share a setting's word with the
    /// advice ("home", "program") are among them.
    /// </summary>
    public static IEnumerable<object[]> GeneralVerdictsFollowedByAdvice()
        => from service in new[] { "H-wave unit, one month home trial", "Functional restoration program, 160 hours", "Norco 10/325mg #120" }
           from verdict in new[]
           {
               ("Therefore, the request for {0} is not medically reasonable or necessary.", "upheld"), ("The request for {0} is not supported.", "upheld"),
               ("Therefore, the request for {0} is not medically reasonable.", "upheld"), ("As such, the requested {0} is warranted.", "overturned"),
           }
           from advice in new[] { "The worker may continue the home exercise program, which is {0}.", "A home exercise program is {0}.", "Continued monitoring is {0} at this time." }
           select new object[]
           {
               service, "No benefit is documented. " + string.Format(verdict.Item1, service) + " " + string.Format(advice, verdict.Item2 == "upheld" ? "recommended" : "not recommended"),
               verdict.Item2,
           };

    [Theory]
    [MemberData(nameof(GeneralVerdictsFollowedByAdvice))]
    public void General_advice_on_another_treatment_does_not_outrank_the_general_verdict_just_before_it(string service, string passage, string outcome)
    {
        Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);
        Assert.NotEqual(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);
    }

    /// <summary>
    /// A word on more than was asked after a verdict that names the item limits that verdict, unless the item itself asks
    /// for more ("Additional physical therapy 6 sessions"): then "Further sessions ..." is its verdict (a review found one
    /// hidden). Advice certified for another treatment ("Certification of a urine drug screen is recommended instead.")
    /// does not decide either (a phrase for "certification of ... is recommended" read it as the verdict, and was dropped).
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120", "Norco 10/325mg #120 is medically necessary. Any further escalation of the dose would not be medically necessary.", "overturned")]
    [InlineData("Additional physical therapy 6 sessions for the lumbar spine", "Physical therapy 6 sessions is medically necessary for a documented flare. Further sessions are not medically necessary, as no flare is documented.", "upheld")]
    [InlineData("Continued Norco 10/325mg #120", "Norco 10/325mg #120 is medically necessary. Further refills are not medically necessary.", "upheld")]
    [InlineData("Norco 10/325mg #120", "There is no functional improvement from Norco 10/325mg #120, which is not medically necessary. Certification of a urine drug screen is recommended instead.", "upheld")]
    // After a general verdict too, and advice that is a condition for the future yields to the verdict just before it
    // (a seventh probe's letters).
    [InlineData("Norco 10/325mg #120", "Function has improved. As such, Norco 10/325mg #120 is warranted. Continued use beyond this supply is not recommended without documented benefit.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Function has improved. Norco 10/325mg #120 is supported. Dose escalation is not recommended.", "overturned")]
    [InlineData("TENS unit, 30 day rental", "No program is documented. As such, TENS unit, 30 day rental is not medically necessary. The worker may benefit from a trial of a first-line agent, which would be medically necessary if documented.", "upheld")]
    // A change to the item limits its verdict even where it names the item (probe88), and a heading that tells of an
    // increase does not make "Any further escalation ..." its verdict (a review).
    [InlineData("Butrans 10mcg/hr patch #4", "Butrans 10mcg/hr patch #4 is medically necessary. Any increase in the strength of the patch, however, would not be medically necessary without a further gain in function.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Function has improved. Norco 10/325mg #120 is medically necessary. Dose escalation of Norco is not recommended.", "overturned")]
    [InlineData("Norco 10/325mg #120 (increase from #90)", "Pain is worse. Norco 10/325mg #120 is medically necessary. Any further escalation of the dose would not be medically necessary.", "overturned")]
    public void A_word_beyond_the_request_limits_the_verdict_unless_the_item_asks_for_more(string service, string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);

    /// <summary>
    /// Another party's decision or argument told just after the verdict that names the item is a note on it, not the
    /// verdict (probe88: "The utilization reviewer concluded that the trial was not medically necessary because ..."
    /// after "The 30 day home trial of an H-wave unit is medically necessary." read as Upheld). The reviewer's own
    /// ("This reviewer concluded that ...") stays the verdict, and so does a caveat the item asks for ("Further sessions").
    /// </summary>
    [Theory]
    [InlineData("H-wave unit, 30 day home trial", "A TENS trial failed. The 30 day home trial of an H-wave unit is medically necessary. The utilization reviewer concluded that the trial was not medically necessary because no TENS trial was on file.", "overturned")]
    [InlineData("H-wave unit, 30 day home trial", "No TENS trial is documented. The H-wave unit trial is not medically necessary. The requesting physician argues that the trial is medically necessary because of ongoing pain.", "upheld")]
    [InlineData("Norco 10/325mg #120", "Function has improved. Norco 10/325mg #120 is medically necessary. The UR physician opined that it was not medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Function has improved. Norco 10/325mg #120 is medically necessary. The claims administrator contends that weaning is medically necessary.", "overturned")]
    [InlineData("H-wave unit, 30 day home trial", "No TENS trial is documented. This reviewer concluded that the H-wave unit trial is not medically necessary.", "upheld")]
    [InlineData("Additional physical therapy 6 sessions for the lumbar spine", "The worker has completed 24 sessions. Guidelines consider physical therapy 6 sessions medically necessary for a documented flare. Further sessions are not medically necessary, as no flare is documented.", "upheld")]
    // probe90's: a verdict opened "For these reasons" reads as one, so advice naming "the request" after it does not decide;
    // a guideline's further words ("The guideline adds that ...") are a note, which yields to a plain verdict on the item
    // further back.
    [InlineData("Physical therapy, 12 sessions", "She has had 20 visits. For these reasons, physical therapy, 12 sessions is not medically necessary. A home exercise program would be appropriate before the request is renewed.", "upheld")]
    [InlineData("Trazodone 50mg #30", "Trazodone 50mg #30 is medically necessary. ODG recommends trazodone as an option for insomnia with depression. He has documented depression. The guideline adds that the drug is not recommended as a first-line sleep aid in patients without such symptoms.", "overturned")]
    [InlineData("Trazodone 50mg #30", "The request for Trazodone 50mg #30 is not medically necessary. No depression is documented. The guideline explains that the drug is recommended for insomnia with depression.", "upheld")]
    public void Another_partys_word_after_the_verdict_on_the_item_is_a_note_on_it(string service, string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);

    /// <summary>
    /// Given the item's service (as IMR003 gives it), advice on another treatment after the verdict does not decide it;
    /// without the service, the latest verdict still does, as rules written before the service argument expect.
    /// </summary>
    [Theory]
    [MemberData(nameof(VerdictsFollowedByAdvice))]
    public void Advice_on_another_treatment_does_not_outrank_the_verdict_on_the_item(string service, string passage, string outcome)
    {
        Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);
        Assert.NotEqual(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);
    }

    /// <summary>
    /// A closing verdict that names the item (a word of its service, one part of a word joined by a slash, a plural, the
    /// initials of some of its words) or stands for it, after an opposite verdict that reads as one: being the latest, it
    /// decides.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120", "Norco is {0} for this patient.")]
    [InlineData("Norco 10/325mg #120", "This medication is {0}.")]
    [InlineData("Norco 10/325mg #120", "The treatment is {0}.")]
    [InlineData("Additional physical therapy 8 sessions, lumbar spine", "More PT is {0}.")]
    [InlineData("Lumbar epidural steroid injection at L4-L5", "A repeat ESI is {0}.")]
    [InlineData("NCV/EMG bilateral lower extremities", "The EMG is {0}.")]
    [InlineData("Custom orthotic", "Orthotics are {0}.")]
    [InlineData("Trigger point injections x3", "A trigger point injection is {0}.")]
    [InlineData("Lioresal (Baclofen) 10 mg #60 with 3 refills", "Baclofen is {0}.")]
    [InlineData("MRI of the lumbar spine without contrast", "Medical necessity is {0}.")]
    [InlineData("Lidoderm patches 5%", "A patch is {0} before a trial of gabapentin.")]
    public void A_closing_verdict_on_the_item_decides_though_it_contradicts_the_one_before(string service, string closing)
    {
        foreach (var (verdict, outcome) in new[] { ("Therefore, the request is not medically necessary.", "upheld"), ("Therefore, the request is medically necessary.", "overturned") })
        {
            var opposite = outcome == "upheld" ? "overturned" : "upheld";
            var words = closing.StartsWith("Medical necessity") ? (outcome == "upheld" ? "established" : "not established") : Opposite(outcome);
            var passage = verdict + " " + string.Format(closing, words);
            Assert.True(Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member == opposite, $"'{passage}' for {service} does not read as {opposite}");
        }
    }

    /// <summary>
    /// The final verdict names the item otherwise than its heading does (generic for brand, a plural, a word for the kind
    /// of thing it is), after a sentence that names the item as the heading does with the opposite verdict: a guideline's
    /// condition or someone's opinion. Two probes found these read by the earlier sentence when a verdict on another
    /// treatment yielded to any sentence on the item; it yields only to one that reads as the verdict.
    /// </summary>
    [Theory]
    [InlineData("Zolpidem 10mg #30", "Zolpidem is medically necessary for short-term insomnia. The patient has taken it for two years. Ambien is not medically necessary.", "upheld")]
    [InlineData("Cyclobenzaprine 7.5mg #60", "Cyclobenzaprine is recommended for a short course. The patient has used Flexeril since 2013. Flexeril is not medically necessary.", "upheld")]
    [InlineData("Cyclobenzaprine 7.5mg #60", "Long-term use of muscle relaxants is not recommended. Flexeril is medically necessary for the documented acute flare of 5/2/2014.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Norco is recommended for moderate to severe pain. Hydrocodone/APAP 10/325mg #120 is not medically necessary.", "upheld")]
    [InlineData("Norco 10/325mg #120", "Norco is not medically necessary without evidence of functional improvement. The notes document a 40% reduction in pain. Hydrocodone-acetaminophen is medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Norco is medically necessary when the 4 A's are documented. They are not documented here. Continued opioid therapy is not medically necessary.", "upheld")]
    [InlineData("Soma 350mg #60", "The treating physician feels Soma is medically necessary for spasm. The worker has used it for two years. Carisoprodol is not medically necessary.", "upheld")]
    [InlineData("Lidoderm 5% #30", "Lidoderm is not medically necessary as a first-line agent. The worker failed gabapentin and amitriptyline. The patch is medically necessary.", "overturned")]
    [InlineData("Physical therapy lumbar spine", "Physical therapy is medically necessary for acute flares. No flare is documented. PT is not medically necessary.", "upheld")]
    [InlineData("EMG/NCV bilateral lower extremities", "EMG/NCV is medically necessary when radiculopathy is unclear. Here the MRI confirms radiculopathy. The study is not medically necessary.", "upheld")]
    [InlineData("Custom orthotics", "Orthotics are medically necessary for plantar fasciitis. The diagnosis here is knee strain. Inserts are not medically necessary.", "upheld")]
    [InlineData("TENS unit purchase", "A TENS unit is medically necessary after a successful trial. No trial is documented. Transcutaneous electrical nerve stimulation is not medically necessary.", "upheld")]
    [InlineData("Flexeril 10mg #30", "Muscle relaxants are recommended for short-term use only. Cyclobenzaprine is not medically necessary.", "upheld")]
    [InlineData("Ultram 50mg #60", "The worker reports less pain with it. Tramadol is medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Hydrocodone/APAP is medically necessary.", "overturned")]
    public void A_verdict_under_another_name_for_the_item_decides_over_an_earlier_sentence_that_names_it(string service, string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);

    /// <summary>
    /// A final verdict that names nothing the service does and does not read as advice ("It is ...", "The current regimen
    /// is ...", a brand, "the patches", "ongoing use") decides, whatever earlier sentence opens as a conclusion ("Based on
    /// the MTUS, ...", "Given ...", "Thus, ...") or shares a dose word with the item. A second probe found these read by the
    /// earlier sentence when any verdict that named nothing of the item was put aside.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120", "Based on the MTUS, long-term opioid use is not medically necessary without documented functional improvement. The records document improvement. It is medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Given the guidelines, opioids are not medically necessary without the four A's. The four A's are documented. The current regimen is medically necessary.", "overturned")]
    [InlineData("Gabapentin 600mg #90", "Given the records available then, the request was appropriately non-certified by utilization review. Updated records document benefit. Neurontin is medically necessary.", "overturned")]
    [InlineData("Soma 350mg #90", "Thus, muscle relaxants are recommended as a second-line option for short-term use. He has used it daily for years. Carisoprodol is not medically necessary.", "upheld")]
    [InlineData("Ibuprofen 600mg #90", "Motrin 800mg #90 is not medically necessary given these labs. The lower strength is medically necessary.", "overturned")]
    [InlineData("Lidoderm 5% #30", "Lidocaine 5% ointment is not medically necessary for this use. The patches are medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "Hydrocodone/APAP 10/325mg #240 per month is not medically necessary. One hundred twenty tablets per month is medically necessary.", "overturned")]
    [InlineData("PT", "Thus, PT beyond 10 visits is not medically necessary without improvement. The post-operative visits are medically necessary.", "overturned")]
    [InlineData("Norco 10/325mg #120", "A request for continued opioids is not medically necessary without documentation of the four A's. The four A's are documented at each visit. Ongoing use is medically necessary.", "overturned")]
    // A third probe: verdicts worded as advice reads ("It ... prior to", "A refill", "A short course", "A purchase ... prior to",
    // "... before ..."), after a verdict on the request that does not stand just before them nor opens as a conclusion.
    [InlineData("Norco 10/325mg #120", "The request for Norco 10/325mg #120 is medically necessary for acute exacerbations under the MTUS. The pain is chronic and no benefit is documented. It is not medically necessary prior to a trial of NSAIDs.", "upheld")]
    [InlineData("Norco 10/325mg #120", "The request for Norco 10/325mg #120 is medically necessary in principle for severe pain. However, no urine drug screen is on file. A refill is not medically necessary.", "upheld")]
    [InlineData("Zolpidem 10mg #30", "The request for Zolpidem 10mg #30 is not recommended for long-term use. However, the records show only two weeks of use. A short course is medically necessary.", "overturned")]
    [InlineData("TENS unit purchase", "The request for a TENS unit is recommended as an adjunct to a functional restoration program. No trial is documented. A purchase is not medically necessary prior to a documented one-month trial.", "upheld")]
    [InlineData("Lidoderm 5% patch #30", "The request for Lidoderm 5% patch #30 is recommended for localized neuropathic pain after first-line therapy. The records show no first-line trial. Topical lidocaine is not recommended before a trial of first-line agents.", "upheld")]
    public void A_final_verdict_that_is_no_advice_decides_over_an_earlier_sentence_that_opens_as_a_conclusion(string service, string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases, service)?.Member);

    /// <summary>
    /// A sentence that judges a decision as a whole (the utilization review's, an earlier reviewer's, the treating
    /// physician's opinion): what the decision claimed is judged, so the verdict is that claim when the decision is found
    /// sound and the other member when it is found wanting. A probe found four such correct letters read by the claim
    /// alone, a false IMR003.
    /// </summary>
    public static IEnumerable<object[]> JudgedDecisions()
    {
        (string Subject, string Claimed)[] decisions =
        {
            ("The UR determination that Norco is not medically necessary", "upheld"),
            ("The prior reviewer's determination that Norco was not medically necessary", "upheld"),
            ("The UR reviewer's rationale for finding the medication not medically necessary", "upheld"),
            ("The utilization review decision to non-certify Norco", "upheld"),
            ("The treating physician's opinion that Norco is medically necessary", "overturned"),
        };
        (string Verb, bool Sound)[] judgements =
        {
            ("is not supported by the records", false), ("was not supported by the medical records", false), ("is incorrect", false),
            ("cannot be upheld", false), ("is supported by the records", true), ("is correct", true), ("should be upheld", true),
        };
        foreach (var (subject, claimed) in decisions)
            foreach (var (verb, sound) in judgements)
                yield return new object[] { $"{subject} {verb}.", sound ? claimed : claimed == "upheld" ? "overturned" : "upheld" };
        // The decision denied before "that": the denial is of the decision, and gives no verdict of its own.
        yield return new object[] { "The records do not support the UR conclusion that the request is not medically necessary.", "overturned" };
        yield return new object[] { "There is no evidence to support the prior reviewer's finding that Norco is not medically necessary.", "overturned" };
        yield return new object[] { "The documentation does not support the utilization review determination that the request was not medically necessary.", "overturned" };
        yield return new object[] { "The records support the UR conclusion that the request is not medically necessary.", "upheld" };
        // The clause's last judgement is its verb; decisions judged in the plural.
        yield return new object[] { "The UR decision that Norco is not supported by guidelines is correct.", "upheld" };
        yield return new object[] { "The prior UR determinations that Norco is not medically necessary are not supported by the medical evidence.", "overturned" };
        yield return new object[] { "The UR determinations that Norco is not medically necessary are supported by the records.", "upheld" };
        // A denial judged with no owner named; one misspelled throughout.
        yield return new object[] { "The denial is supported by the guidelines.", "upheld" };
        yield return new object[] { "The denial is not supported by the guidelines.", "overturned" };
        yield return new object[] { "The UR determination that Norco is not medicaly necesary is not suported by the records.", "overturned" };
        // A request whose subject names an opinion or findings is no decision judged; the reviewer's own decision is none.
        yield return new object[] { "The request for an orthopedic second opinion with the previous surgeon is not supported.", "upheld" };
        yield return new object[] { "The request to confirm prior findings with EMG/NCV is not supported.", "upheld" };
        yield return new object[] { "The request for Norco 10/325mg #120 is medically necessary. This reviewer's decision is supported by the MTUS.", "overturned" };
        // A decision named only in a clause of reason is not what the sentence judges.
        yield return new object[] { "The request is certified, as the prior denial is not supported.", "overturned" };
        yield return new object[] { "The request is not medically necessary, and the treating physician's opinion is not supported.", "upheld" };
    }

    [Theory]
    [MemberData(nameof(JudgedDecisions))]
    public void A_decision_judged_as_a_whole_concludes_its_claim_or_the_other_member(string passage, string outcome)
        => AssertConcludes(passage, outcome);

    /// <summary>
    /// Every declared phrasing with a word reviewers misspell ("necessary", "medically", "recommended" ...), written with
    /// each misspelling of it, reads as its own outcome: "The request is not medically neccessary." is a verdict.
    /// </summary>
    /// <summary>Misspellings as reviewers type them, written here rather than taken from the list the search uses.</summary>
    [Theory]
    [InlineData("Therefore, the request for Norco is not medically neccessary.", "upheld")]
    [InlineData("The request is medicaly necessary.", "overturned")]
    [InlineData("Medical neccessity has not been establised.", "upheld")]
    [InlineData("The request is not recomended.", "upheld")]
    [InlineData("The request is certifed.", "overturned")]
    [InlineData("The request is not suported.", "upheld")]
    public void Misspelled_verdicts_read_as_their_words_spelled_right(string passage, string outcome)
        => Assert.Equal(outcome, Conclusions.Find(passage, OutcomeInfo.Phrases)?.Member);

    /// <summary>
    /// What the misspelling lookup and the normalizing buffer rely on: each misspelling is lower-case a to z (looked up by
    /// its first letter), at least eight letters long and put right at most one character longer (the buffer allows one
    /// character in eight).
    /// </summary>
    [Fact]
    public void Misspellings_are_lower_case_words_of_eight_letters_or_more_put_right_at_most_one_longer()
    {
        foreach (var (misspelled, right) in Conclusions.Misspellings)
        {
            Assert.Matches("^[a-z]{8,}$", misspelled);
            Assert.True(right.Length <= misspelled.Length + 1, $"{misspelled} -> {right} grows by more than one");
        }
    }

    [Fact]
    public void A_verdict_with_a_misspelled_word_reads_as_the_word_spelled_right()
    {
        var misspelled = 0;
        foreach (var member in OutcomeInfo.Phrases)
            foreach (var phrase in member.Phrases)
                foreach (var (typo, right) in Conclusions.Misspellings)
                {
                    if (OutcomePhrases.IsSentencePhrase(phrase)) continue;
                    var padded = $" {phrase} ";
                    if (!padded.Contains($" {right} ", StringComparison.OrdinalIgnoreCase)) continue;
                    var sentence = $"The request{padded.Replace($" {right} ", $" {typo} ", StringComparison.OrdinalIgnoreCase).TrimEnd()}.";
                    Assert.True(Conclusions.Find(sentence, OutcomeInfo.Phrases)?.Member == member.Member, $"\"{sentence}\" does not read as {member.Member}");
                    misspelled++;
                }
        Assert.True(misspelled >= 100, $"only {misspelled} misspelled phrasings were read");
    }
}
