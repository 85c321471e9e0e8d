namespace ImrDsl.Cli.Input;

/// <summary>
/// A glob over '/'-separated paths: '*' (any run within a segment), '?' (one character but '/'), '[abc]', '[a-z]',
/// '[!x]' (one of / none of), '**' (anything, across segments), '**/' (zero or more whole folders), '\x' (x itself).
/// Matching simulates all positions in the pattern at once (a Thompson NFA), so it takes at most
/// path length × pattern length steps: no pattern, however many stars it has, can make it backtrack.
/// </summary>
public sealed class GlobPattern
{
    private enum Kind { Literal, AnyChar, Star, DoubleStar, Folders, Set }

    private readonly record struct Token(Kind Kind, char Literal = '\0', string? Set = null, bool Negated = false);

    private readonly Token[] _tokens;

    /// <param name="glob">The pattern.</param>
    /// <param name="anchored">False: the pattern may match after any folder prefix, as an unanchored .gitignore line does.</param>
    public GlobPattern(string glob, bool anchored = true)
    {
        var tokens = new List<Token>();
        if (!anchored) tokens.Add(new Token(Kind.Folders));
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var folders = i + 2 < glob.Length && glob[i + 2] == '/';
                tokens.Add(new Token(folders ? Kind.Folders : Kind.DoubleStar));
                i += folders ? 2 : 1;
                // '***' means '**'; a star after '**/' starts the next segment ('**/*.txt') and is its own token.
                if (!folders) while (i + 1 < glob.Length && glob[i + 1] == '*') i++;
            }
            else if (c == '*')
            {
                if (tokens.Count == 0 || tokens[^1].Kind != Kind.Star) tokens.Add(new Token(Kind.Star)); // '**' handled above; '* *' collapses
            }
            else if (c == '?') tokens.Add(new Token(Kind.AnyChar));
            else if (c == '[' && i + 2 <= glob.Length && glob.IndexOf(']', i + 2) is var close && close > i)
            {
                var negated = glob[i + 1] is '!' or '^';
                var set = glob.Substring(i + 1 + (negated ? 1 : 0), close - i - 1 - (negated ? 1 : 0));
                tokens.Add(new Token(Kind.Set, Set: set, Negated: negated));
                i = close;
            }
            else if (c == '\\' && i + 1 < glob.Length) tokens.Add(new Token(Kind.Literal, glob[++i]));
            else tokens.Add(new Token(Kind.Literal, c));
        }
        _tokens = tokens.ToArray();
    }

    public bool IsMatch(string path)
    {
        var count = _tokens.Length;
        // at[i]: the pattern up to token i matches the path read so far. inside[i]: token i is a '**/' part way
        // through a folder name, so it may not end until the next '/'.
        var at = new bool[count + 1];
        var inside = new bool[count + 1];
        var nextAt = new bool[count + 1];
        var nextInside = new bool[count + 1];
        at[0] = true;
        Close(at);
        foreach (var c in path)
        {
            Array.Clear(nextAt);
            Array.Clear(nextInside);
            var any = false;
            for (var i = 0; i < count; i++)
            {
                if (!at[i] && !inside[i]) continue;
                var token = _tokens[i];
                switch (token.Kind)
                {
                    case Kind.Literal when at[i] && token.Literal == c:
                    case Kind.AnyChar when at[i] && c != '/':
                        nextAt[i + 1] = any = true;
                        break;
                    case Kind.Set when at[i] && c != '/' && InSet(token, c):
                        nextAt[i + 1] = any = true;
                        break;
                    case Kind.Star when c != '/':
                    case Kind.DoubleStar:
                        nextAt[i] = any = true; // stays on the star; Close lets it end anywhere
                        break;
                    case Kind.Folders:
                        if (c == '/') nextAt[i] = true; // one more whole folder: it may end here or go on
                        else nextInside[i] = true;
                        any = true;
                        break;
                }
            }
            if (!any) return false;
            (at, nextAt) = (nextAt, at);
            (inside, nextInside) = (nextInside, inside);
            Close(at);
        }
        return at[count];
    }

    /// <summary>Stars and '**/' may match nothing: wherever one is reached, the token after it is reached too.</summary>
    private void Close(bool[] at)
    {
        for (var i = 0; i < _tokens.Length; i++)
            if (at[i] && _tokens[i].Kind is Kind.Star or Kind.DoubleStar or Kind.Folders) at[i + 1] = true;
    }

    private static bool InSet(Token token, char c)
    {
        var set = token.Set!;
        var found = false;
        for (var i = 0; i < set.Length && !found; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found = c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else found = set[i] == c;
        }
        return found != token.Negated;
    }

    /// <summary>Whether text holds glob characters, so that it names a pattern rather than one path.</summary>
    public static bool HasWildcards(string text) => text.IndexOfAny(new[] { '*', '?', '[' }) >= 0;
}
