namespace ImrDsl.Text;

/// <summary>
/// Where on the body a service goes, as IMR004 compares it between an item's heading and its conclusion: the side
/// ("right shoulder", "left-sided", "bilateral knees") and the spinal levels ("L4-5", "L5-S1", "C5-C6"). A side counts
/// only before a part of the body, so "the right to appeal" and "left the clinic" name none.
/// </summary>
internal static class BodySiteScan
{
    private static readonly string[] Sides = { "bilateral", "right", "left" };

    /// <summary>Parts of the body a side is given for, as whole words (a plural ends in its own entry).</summary>
    private static readonly string[] Parts =
    {
        "shoulders", "shoulder", "knees", "knee", "hips", "hip", "wrists", "wrist", "elbows", "elbow", "ankles", "ankle", "feet", "foot",
        "hands", "hand", "legs", "leg", "arms", "arm", "upper", "lower", "extremities", "extremity", "side", "sided", "sacroiliac", "si",
        "thumbs", "thumb", "fingers", "finger", "heels", "heel", "toes", "toe", "forearms", "forearm", "thighs", "thigh", "buttocks",
        "buttock", "trapezius", "carpal", "cubital", "tarsal", "rotator", "lateral", "medial", "total",
    };

    /// <summary>
    /// The next side at or after <paramref name="from"/>, as "right", "left" or "bilateral", with where the scan goes on;
    /// null when there is none. The side must be a whole word followed, within two words, by a part of the body.
    /// </summary>
    public static (string Side, int Next)? NextSide(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('r' or 'R' or 'l' or 'L' or 'b' or 'B') || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            foreach (var side in Sides)
            {
                if (!TextScan.CaselessAt(text, i, text.Length, side) || !TextScan.IsBoundary(text, i + side.Length, 0, text.Length)) continue;
                var end = i + side.Length;
                if (PartFollows(text, end)) return (side, end);
                i = end - 1;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether one of the next two words after <paramref name="at"/> (past a hyphen, "left-sided") is a part of the body
    /// or a spinal level.
    /// </summary>
    private static bool PartFollows(string text, int at)
    {
        for (var word = 0; word < 2; word++)
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '-')) at++;
            if (at >= text.Length || !char.IsLetter(text[at])) return false;
            // A spinal level is a place on a side too: "left L5-S1".
            if (IsRegion(text[at]) && at + 1 < text.Length && TextScan.IsAsciiDigit(text[at + 1])) return true;
            foreach (var part in Parts)
                if (TextScan.CaselessAt(text, at, text.Length, part) && TextScan.IsBoundary(text, at + part.Length, 0, text.Length)) return true;
            while (at < text.Length && char.IsLetter(text[at])) at++;
        }
        return false;
    }

    /// <summary>
    /// The next spinal level at or after <paramref name="from"/> ("L4-5", "L5-S1", "C5/C6", "L4 - L5"), as its two ends in
    /// full and in capitals ("L4-L5"), with where the scan goes on; null when there is none. A level is a region's letter
    /// (C, T, L, S) and a number, a dash or slash, and a number with its own letter or the first one's.
    /// </summary>
    public static (string Level, int Next)? NextLevel(string text, int from)
    {
        for (var i = from; i + 3 < text.Length; i++)
        {
            if (!IsRegion(text[i]) || !TextScan.IsBoundary(text, i, 0, text.Length) || !TextScan.IsAsciiDigit(text[i + 1])) continue;
            var firstEnd = TextScan.SkipAsciiDigits(text, i + 1, text.Length);
            if (firstEnd - i > 3) continue;
            var dash = TextScan.SkipSpaces(text, firstEnd, text.Length);
            if (dash >= text.Length || text[dash] is not ('-' or '\u2013' or '/')) continue;
            var second = TextScan.SkipSpaces(text, dash + 1, text.Length);
            var region = second < text.Length && IsRegion(text[second]) ? char.ToUpperInvariant(text[second++]) : char.ToUpperInvariant(text[i]);
            var secondEnd = TextScan.SkipAsciiDigits(text, second, text.Length);
            if (secondEnd == second || secondEnd - second > 2 || !TextScan.IsBoundary(text, secondEnd, 0, text.Length)) continue;
            var level = char.ToUpperInvariant(text[i]) + text.Substring(i + 1, firstEnd - i - 1) + "-" + region + text.Substring(second, secondEnd - second);
            return (level, secondEnd);
        }
        return null;
    }

    private static bool IsRegion(char c) => c is 'C' or 'T' or 'L' or 'S' or 'c' or 't' or 'l' or 's';
}
