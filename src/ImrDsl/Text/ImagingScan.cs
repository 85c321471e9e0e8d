namespace ImrDsl.Text;

/// <summary>
/// Which study an imaging service is, as IMR004 compares it between an item's heading and its conclusion: a copied
/// conclusion keeps the other item's study ("a CT of the lumbar spine" under an MRI's heading, a probe's letter). Each
/// study is kept by one name (<see cref="StudyNames"/>), however letters write it.
/// </summary>
internal static class ImagingScan
{
    /// <summary>
    /// The next study named at or after <paramref name="from"/>, by the name it is kept under, with where it starts and
    /// where the scan goes on; null when there is none. "CT" counts only in capitals: in lower case it is a word's part
    /// or an abbreviation of something else.
    /// </summary>
    public static (string Study, int Start, int Next)? NextStudy(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            // Every study's word opens with one of these letters: most characters are passed without a comparison.
            if ((text[i] | 0x20) is not ('m' or 'c' or 'x' or 'r' or 'u' or 'b' or 's') || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            if (TextScan.WholeWordAt(text, i, StudyWords) is var word and >= 0 && (word != CtWord || text[i] == 'C' && text[i + 1] == 'T'))
                return (StudyNames[word], i, i + StudyWords[word].Length);
            while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
        }
        return null;
    }

    /// <summary>How letters name a study, longest first where one starts another; each is kept as <see cref="StudyNames"/>' name at its index.</summary>
    private static readonly string[] StudyWords =
    {
        "mri", "mris", "magnetic resonance imaging", "ct", "computed tomography", "cat scan", "x-rays", "x-ray", "xrays", "xray", "radiographs",
        "radiograph", "ultrasound", "sonogram", "bone scan",
    };

    private const int CtWord = 3;

    private static readonly string[] StudyNames =
    {
        "MRI", "MRI", "MRI", "CT", "CT", "CT", "X-ray", "X-ray", "X-ray", "X-ray", "X-ray", "X-ray", "ultrasound", "ultrasound", "bone scan",
    };
}
