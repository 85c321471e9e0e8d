using System.Text;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// A letter's text as a person reads it, with the way back to the file. PDF converters and word processors
/// emit the same words in many typographies: curly or straight quotes, en dashes, ligatures (U+FB01 for "fi"),
/// no-break and thin spaces, zero-width characters, soft hyphens, and words glued together ("notmedically"); and
/// converters to Markdown escape characters ("\#60", "&amp;amp;", "&amp;nbsp;").
/// The reader works on the normalized <see cref="Text"/> only, so it needs to know none of this; every span it
/// reports is mapped back to the original file. Line ends are kept as they are, so lines stay lines.
/// </summary>
internal sealed class LetterText
{
    /// <summary>
    /// The straight quote a typographic quote, prime, accent or guillemet is read as ("“not recommended.”" is read
    /// "\"not recommended.\""); any other character is itself. Messages quote the letter as read, so what compares them
    /// with its lines folds quotes here too.
    /// </summary>
    internal static char StraightQuote(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };

    // The way back to the file; null when nothing changed.
    private readonly OffsetMap? _toOriginal;

    private LetterText(SourceFile file, string text, OffsetMap? toOriginal)
    {
        File = file;
        Text = text;
        _toOriginal = toOriginal;
    }

    /// <summary>The original file, which spans point into.</summary>
    public SourceFile File { get; }

    /// <summary>The normalized text the reader scans.</summary>
    public string Text { get; }

    public int OriginalOffset(int normalized)
    {
        normalized = Math.Min(Math.Max(0, normalized), Text.Length);
        return _toOriginal is null ? normalized : _toOriginal.Original(normalized);
    }

    /// <summary>The span in the original file of the normalized text [from, to).</summary>
    public SourceSpan SpanOf(int from, int to)
    {
        var start = OriginalOffset(from);
        var end = to > from ? OriginalOffset(to - 1) + 1 : start;
        return SourceSpan.In(File, start, Math.Max(start, end));
    }

    public static LetterText Of(SourceFile file)
    {
        var original = file.Text;
        if (!NeedsNormalizing(original))
        {
            // Plain ASCII reads as it is (most letters): only glued words can change it, and the file's own text is read.
            if (!GluedWords.MayHold(original)) return new LetterText(file, original, null);
            var asIs = GluedSplits(original);
            return asIs.Count == 0 ? new LetterText(file, original, null) : Rewrite(file, original.Length, asIs);
        }

        // What each character reads as, counted first so the text is made once at its final length (a StringBuilder's
        // buffer and its copy held two more copies of a large letter at once).
        Span<char> scratch = stackalloc char[MaxReplacement];
        var length = 0;
        var changes = false;
        var wideAt = -1;
        for (var i = 0; i < original.Length;)
        {
            var next = NextToReplace(original, i, ref wideAt);
            length += next - i;
            if ((i = next) == original.Length) break;
            var count = Replacement(original, i, scratch, out var consumed);
            length += count;
            changes |= count != 1 || consumed != 1 || scratch[0] != original[i];
            i += consumed;
        }
        // Characters beyond ASCII that read as themselves (an accented name): the file's own text is read, not a copy.
        if (!changes) return GluedWords.MayHold(original) && GluedSplits(original) is { Count: > 0 } accented ? Rewrite(file, length, accented) : new LetterText(file, original, null);

        var normalized = string.Create(length, original, static (text, original) =>
        {
            Span<char> replacement = stackalloc char[MaxReplacement];
            var at = 0;
            var wideAt = -1;
            for (var i = 0; i < original.Length;)
            {
                var next = NextToReplace(original, i, ref wideAt);
                original.AsSpan(i, next - i).CopyTo(text[at..]);
                at += next - i;
                if ((i = next) == original.Length) break;
                var count = Replacement(original, i, replacement, out var consumed);
                for (var k = 0; k < count; k++) text[at++] = replacement[k];
                i += consumed;
            }
        });
        // Words a converter glued together are looked for in the text as it reads: a ligature ("cer\uFB01ed") or an
        // invisible character ("not\u200Bmedically") in the file hides a pair that the normalized text holds.
        var glued = GluedWords.MayHold(normalized) ? GluedSplits(normalized) : null;
        if (glued is null || glued.Count == 0) return new LetterText(file, normalized, MapOf(original, NoSplits));
        return Rewrite(file, length, glued);
    }

    private static readonly List<int> NoSplits = new();

    /// <summary>
    /// The text as it reads with a space put back before each split (positions in the normalized text, in order), made in
    /// one pass over the file's text together with its map back; a space maps where the word after it does.
    /// </summary>
    private static LetterText Rewrite(SourceFile file, int normalizedLength, List<int> splits)
    {
        var original = file.Text;
        var map = new OffsetMap.Builder();
        var text = string.Create(normalizedLength + splits.Count, (original, splits, map), static (text, state) => Walk(state.original, state.splits, state.map, text));
        return new LetterText(file, text, map.Build());
    }

    /// <summary>The map back of the text as it reads, with a space before each split, without making the text.</summary>
    private static OffsetMap MapOf(string original, List<int> splits)
    {
        var map = new OffsetMap.Builder();
        Walk(original, splits, map, Span<char>.Empty);
        return map.Build();
    }

    /// <summary>
    /// Walks the file's text as it reads (each character's replacement, a space before each split), telling the map where
    /// every character came from, and writes it to <paramref name="into"/> unless that is empty.
    /// </summary>
    private static void Walk(string original, List<int> splits, OffsetMap.Builder map, Span<char> into)
    {
        Span<char> replacement = stackalloc char[MaxReplacement];
        var output = new WalkOutput(into, map, splits);
        var normalized = 0; // where the walk is in the normalized text, which the splits' positions count in
        var wideAt = -1;
        for (var i = 0; i < original.Length;)
        {
            // Most characters read as themselves: they are taken a stretch at a time, up to the next split, with one entry
            // for the map (the shift between the texts changes only at a split or a replacement).
            var next = NextToReplace(original, i, ref wideAt);
            while (i < next)
            {
                output.SpaceBeforeSplit(normalized, i);
                var stretch = output.NextSplit > normalized ? Math.Min(next - i, output.NextSplit - normalized) : next - i;
                output.Copy(original.AsSpan(i, stretch), i);
                normalized += stretch;
                i += stretch;
            }
            if (i == original.Length) break;
            var count = Replacement(original, i, replacement, out var consumed);
            for (var k = 0; k < count; k++)
            {
                output.SpaceBeforeSplit(normalized, i);
                output.Copy(replacement.Slice(k, 1), i);
                normalized++;
            }
            i += consumed;
        }
        output.End(original.Length);
    }

    /// <summary>
    /// Where <see cref="Walk"/> puts the text as it reads: the next position in it, the space due before each split, and
    /// the map's entry for each run written. Writes nothing when the text is only being mapped.
    /// </summary>
    private ref struct WalkOutput
    {
        private readonly Span<char> into;
        private readonly OffsetMap.Builder map;
        private readonly List<int> splits;
        private int at, split;

        public WalkOutput(Span<char> into, OffsetMap.Builder map, List<int> splits)
        {
            this.into = into;
            this.map = map;
            this.splits = splits;
            NextSplit = splits.Count > 0 ? splits[0] : -1;
        }

        /// <summary>The normalized position of the next split, or -1 when none is left.</summary>
        public int NextSplit { get; private set; }

        /// <summary>A space, from <paramref name="source"/>, when the split is due at <paramref name="normalized"/>.</summary>
        public void SpaceBeforeSplit(int normalized, int source)
        {
            if (normalized != NextSplit) return;
            map.Add(at, source);
            if (!into.IsEmpty) into[at] = ' ';
            at++;
            NextSplit = ++split < splits.Count ? splits[split] : -1;
        }

        /// <summary>Characters that all come from <paramref name="source"/> on: one map entry for the run.</summary>
        public void Copy(scoped ReadOnlySpan<char> characters, int source)
        {
            map.Add(at, source);
            if (!into.IsEmpty) characters.CopyTo(into[at..]);
            at += characters.Length;
        }

        public readonly void End(int sourceLength) => map.Add(at, sourceLength);
    }

    /// <summary>
    /// The first position from <paramref name="from"/> whose character <see cref="Replacement"/> must look up (beyond
    /// ASCII, a backtick, or one that may start an escape or a tag), or the text's end: every character before it reads
    /// as itself. Two vectorised searches, not a test per character. <paramref name="wideAt"/> is where the next character
    /// beyond ASCII stands (the text's length if none), kept by the caller from one call to the next and looked for again
    /// only once passed (start at -1): looked for afresh at every escape, it was a search to the text's end for each, and
    /// a letter of escapes ("&amp;nbsp;", "\\") took time in the square of its length (a 16 KB PDF ran for minutes).
    /// </summary>
    private static int NextToReplace(string text, int from, ref int wideAt)
    {
        if (wideAt < from)
        {
            var wide = text.AsSpan(from).IndexOfAnyExceptInRange('\0', '\u007F');
            wideAt = wide < 0 ? text.Length : from + wide;
        }
        var markup = text.AsSpan(from, wideAt - from).IndexOfAny(Markup);
        return markup >= 0 ? from + markup : wideAt;
    }

    /// <summary>The most characters one character of the file becomes ("ffi" for U+FB03, "..." for U+2026).</summary>
    private const int MaxReplacement = 3;

    /// <summary>
    /// What the file's character at <paramref name="i"/> reads as, written to <paramref name="into"/>: how many characters
    /// (0 to 3). <paramref name="consumed"/> says how many of the file's characters that took: one, or an escape's.
    /// </summary>
    private static int Replacement(string original, int i, Span<char> into, out int consumed)
    {
        // A C1 control is a Windows-1252 character decoded as Latin-1 ("worker\u0092s"): it reads as that character would.
        var c = LetterSource.FromWindows1252(original[i]);
        consumed = 1;
        // An escaped character reads as the character it stands for would ("&nbsp;" as a no-break space does).
        if (c is '&' or '\\' && MarkupEscape.At(original, i) is { } escape) (c, consumed) = escape;
        // An HTML tag reads as nothing, or as a space where it breaks the text ("documented<br>of").
        else if (c == '<' && InlineHtml.TagAt(original, i) is { } tag)
        {
            consumed = tag.Length;
            if (!tag.Breaks) return 0;
            into[0] = ' ';
            return 1;
        }
        // Unicode's other line ends (a Word line break saved as text is a vertical tab; LS and PS come from web pages and
        // some converters) end a line as LF does. One character for one, so positions do not shift; the file's own line
        // numbers (CR, LF, CRLF) stay as an editor shows them. (CR and LF themselves are never replaced.)
        if (LetterSource.EndsLine(c))
        {
            into[0] = '\n';
            return 1;
        }
        switch (c)
        {
            case '\u00A0' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A'): into[0] = ' '; return 1;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF': return 0; // invisible: nothing to read
            case '\u00AD':
                // A soft hyphen shows only where the line breaks: there it is a hyphen, elsewhere nothing.
                if (!AtLineEnd(original, i + consumed)) return 0;
                into[0] = '-';
                return 1;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D': into[0] = '-'; return 1;
            case '\u2026': into[0] = into[1] = into[2] = '.'; return 3;
            case '\uFB00': into[0] = into[1] = 'f'; return 2;
            case '\uFB01': into[0] = 'f'; into[1] = 'i'; return 2;
            case '\uFB02': into[0] = 'f'; into[1] = 'l'; return 2;
            case '\uFB03': into[0] = into[1] = 'f'; into[2] = 'i'; return 3;
            case '\uFB04': into[0] = into[1] = 'f'; into[2] = 'l'; return 3;
            case '\uFB05' or '\uFB06': into[0] = 's'; into[1] = 't'; return 2;
            // Quotes, primes and guillemets read straight (StraightQuote); anything else reads as itself.
            default: into[0] = StraightQuote(c); return 1;
        }
    }

    private static bool AtLineEnd(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i >= text.Length || LetterSource.EndsLine(text[i]);
    }

    /// <summary>Whether any character is replaced (typography, anything beyond ASCII, a backtick, a vertical tab, an escape, a tag).</summary>
    internal static bool NeedsNormalizing(string text)
        // Vectorised passes beat one char by char; both are precompiled in the framework (SearchValues' range search is not).
        => !System.Text.Ascii.IsValid(text) || HasMarkupOrLineEnd(text);

    /// <summary>
    /// A backtick, a vertical tab (a line end), an '&amp;' or '\' that starts an escape, or a '&lt;' that starts a tag: most '&amp;'s are the word
    /// ("Medicine &amp; Rehabilitation"), and a '&lt;' may be "less than".
    /// </summary>
    private static bool HasMarkupOrLineEnd(string text)
    {
        for (var i = text.AsSpan().IndexOfAny(Markup); i >= 0;)
        {
            if (text[i] is '`' or '\v' || MarkupEscape.At(text, i) is not null || text[i] == '<' && InlineHtml.TagAt(text, i) is not null) return true;
            var next = text.AsSpan(i + 1).IndexOfAny(Markup);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static readonly char[] Markup = { '`', '&', '\\', '<', '\v' };

    /// <summary>
    /// Where a space goes back in: the start of the second word of every glued pair ("notmedically", "medicallynecessary"),
    /// in order. A pair is a whole word, as <c>\b(not|is|...)(medically|necessary|...)\b</c> with case ignored found it:
    /// between word boundaries, so exactly a run of word characters.
    /// </summary>
    internal static List<int> GluedSplits(string text)
    {
        // Every pair holds an ending: only the words that hold one are tried, found by a search that skips most of the
        // text (every word was tried before), each once, in order.
        var splits = new List<int>();
        for (var at = GluedWords.NextEnding(text, 0); at >= 0;)
        {
            var end = at;
            while (end < text.Length && TextScan.IsWordChar(text[end])) end++;
            var start = at;
            while (start > 0 && TextScan.IsWordChar(text[start - 1])) start--;
            var split = GluedWords.SplitAt(text, start, end, ignoreCase: true);
            if (split >= 0) splits.Add(split);
            at = GluedWords.NextEnding(text, end);
        }
        return splits;
    }

    /// <summary>
    /// Positions in the normalized text to positions in the file, kept as the places where the difference between the
    /// two changes: a letter with a few curly quotes needs a few entries, not four bytes for every character.
    /// </summary>
    private sealed class OffsetMap(int[] starts, int[] shifts)
    {
        /// <summary>The file position of a normalized position (from 0 to the normalized length).</summary>
        public int Original(int normalized)
        {
            // The last change at or before the position (the starts rise strictly). A loop rather than Array.BinarySearch,
            // which goes through a comparer: every span the reader reports asks twice.
            int lo = 0, hi = starts.Length - 1, index = -1;
            while (lo <= hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (starts[mid] <= normalized) { index = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return normalized + (index < 0 ? 0 : shifts[index]);
        }

        /// <summary>Takes every position in order and keeps only those where the shift changes.</summary>
        public sealed class Builder
        {
            private readonly List<int> _starts = new();
            private readonly List<int> _shifts = new();
            private int _shift;

            public void Add(int normalized, int original)
            {
                var shift = original - normalized;
                if (shift == _shift) return;
                _starts.Add(normalized);
                _shifts.Add(shift);
                _shift = shift;
            }

            public OffsetMap Build() => new(_starts.ToArray(), _shifts.ToArray());
        }
    }
}
