namespace ImrDsl.Pdf;

/// <summary>A shown character on the page: where its origin is, where its advance ends, its size and text.</summary>
internal readonly record struct PlacedGlyph(double X, double Y, double EndX, double Size, string Text);

/// <summary>A 2-D affine matrix [a b c d e f] as PDF writes it (row vector times matrix).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform followed by <paramref name="then"/>.</summary>
    public Matrix Times(Matrix then) => new(
        A * then.A + B * then.C, A * then.B + B * then.D,
        C * then.A + D * then.C, C * then.B + D * then.D,
        E * then.A + F * then.C + then.E, E * then.B + F * then.D + then.F);

    public (double X, double Y) Apply(double x, double y) => (x * A + y * C + E, x * B + y * D + F);
}

/// <summary>
/// Runs the text operators of a page's content (PDF 32000-1 9.3-9.4: BT/ET, Tf, Tm/Td/TD/T*, Tj/TJ/'/",
/// Tc/Tw/Tz/TL/Ts, with q/Q/cm and form XObjects) and records every glyph's position in page space.
/// </summary>
internal sealed class ContentInterpreter
{
    private sealed class State
    {
        public Matrix Ctm = Matrix.Identity;
        public PdfFont? Font;
        public double FontSize = 1, CharSpacing, WordSpacing, HorizontalScale = 1, Leading, Rise;
        public State Copy() => (State)MemberwiseClone();
    }

    private readonly StreamDecoder _decoder;
    private readonly PdfLimits _limits;
    private readonly Dictionary<PdfDict, PdfFont> _fonts;
    private readonly PdfFile _file;
    private readonly List<PlacedGlyph> _glyphs;
    private long _glyphBudget;
    private long _operatorBudget;
    private State _state = new();
    private readonly Stack<State> _saved = new();
    private Matrix _textMatrix = Matrix.Identity, _lineMatrix = Matrix.Identity;

    public ContentInterpreter(PdfFile file, StreamDecoder decoder, PdfLimits limits, Dictionary<PdfDict, PdfFont> fonts, List<PlacedGlyph> glyphs, long glyphBudget, long operatorBudget)
    {
        _operatorBudget = operatorBudget;
        _file = file;
        _decoder = decoder;
        _limits = limits;
        _fonts = fonts;
        _glyphs = glyphs;
        _glyphBudget = glyphBudget;
    }

    /// <summary>Glyphs shown whose font has no Unicode mapping, and the first such font's name.</summary>
    public int UnmappedGlyphs { get; private set; }
    public string? UnmappedFont { get; private set; }
    public long GlyphBudgetLeft => _glyphBudget;
    public long OperatorBudgetLeft => _operatorBudget;

    public void Run(byte[] content, PdfDict? resources, int formDepth)
    {
        var fonts = _file.Dict(resources?["Font"]);
        var xObjects = _file.Dict(resources?["XObject"]);
        var lexer = new ContentLexer(content, _limits.MaxNesting);
        while (lexer.NextOperator() is { } op)
        {
            if (--_operatorBudget < 0) throw new PdfUnreadableException($"its pages run more than {_limits.MaxOperators:N0} drawing operators");
            var args = lexer.Operands;
            switch (op)
            {
                case "q":
                    if (_saved.Count >= _limits.MaxSavedStates) throw new PdfUnreadableException($"it saves graphics states more than {_limits.MaxSavedStates} deep");
                    _saved.Push(_state.Copy());
                    break;
                case "Q": if (_saved.Count > 0) _state = _saved.Pop(); break;
                case "cm" when HasNumbers(args, 6): _state.Ctm = MatrixOf(args).Times(_state.Ctm); break;
                case "BT": _textMatrix = _lineMatrix = Matrix.Identity; break;
                case "Tf" when args.Count >= 2 && args[^2].Kind == Operand.Type.Name && args[^1].Kind == Operand.Type.Number:
                    _state.Font = FontFor(fonts, args[^2].Name!);
                    _state.FontSize = args[^1].Number;
                    break;
                case "Tc" when HasNumbers(args, 1): _state.CharSpacing = args[^1].Number; break;
                case "Tw" when HasNumbers(args, 1): _state.WordSpacing = args[^1].Number; break;
                case "Tz" when HasNumbers(args, 1): _state.HorizontalScale = args[^1].Number / 100; break;
                case "TL" when HasNumbers(args, 1): _state.Leading = args[^1].Number; break;
                case "Ts" when HasNumbers(args, 1): _state.Rise = args[^1].Number; break;
                case "Td" when HasNumbers(args, 2): MoveLine(args[^2].Number, args[^1].Number); break;
                case "TD" when HasNumbers(args, 2):
                    _state.Leading = -args[^1].Number;
                    MoveLine(args[^2].Number, args[^1].Number);
                    break;
                case "Tm" when HasNumbers(args, 6): _textMatrix = _lineMatrix = MatrixOf(args); break;
                case "T*": MoveLine(0, -_state.Leading); break;
                case "Tj" when args.Count >= 1 && args[^1].Bytes is { } shown: Show(shown); break;
                case "'" when args.Count >= 1 && args[^1].Bytes is { } shown:
                    MoveLine(0, -_state.Leading);
                    Show(shown);
                    break;
                case "\"" when args.Count >= 3 && args[^1].Bytes is { } shown:
                    _state.WordSpacing = args[^3].Number;
                    _state.CharSpacing = args[^2].Number;
                    MoveLine(0, -_state.Leading);
                    Show(shown);
                    break;
                case "TJ" when args.Count >= 1 && args[^1].Items is { } items:
                    foreach (var item in items)
                    {
                        if (item.Bytes is { } part) Show(part);
                        else if (item.Kind == Operand.Type.Number)
                            _textMatrix = new Matrix(1, 0, 0, 1, -item.Number / 1000 * _state.FontSize * _state.HorizontalScale, 0).Times(_textMatrix);
                    }
                    break;
                case "Do" when args.Count >= 1 && args[^1].Name is { } name: DrawForm(xObjects, name, resources, formDepth); break;
            }
        }
    }

    private static bool HasNumbers(List<Operand> args, int count)
    {
        if (args.Count < count) return false;
        for (var i = args.Count - count; i < args.Count; i++) if (args[i].Kind != Operand.Type.Number) return false;
        return true;
    }

    private static Matrix MatrixOf(List<Operand> args)
    {
        var n = args.Count;
        return new Matrix(args[n - 6].Number, args[n - 5].Number, args[n - 4].Number, args[n - 3].Number, args[n - 2].Number, args[n - 1].Number);
    }

    private void MoveLine(double tx, double ty)
    {
        _lineMatrix = new Matrix(1, 0, 0, 1, tx, ty).Times(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private PdfFont? FontFor(PdfDict? fonts, string name)
    {
        if (_file.Dict(fonts?[name]) is not { } dictionary) return null;
        if (!_fonts.TryGetValue(dictionary, out var font)) _fonts[dictionary] = font = new PdfFont(dictionary, _file, _decoder, _limits.MaxFontEntries);
        return font;
    }

    private readonly List<PdfFont.Glyph> _decoded = new();

    /// <summary>
    /// Shows a string: each glyph's origin is (accumulated advance, rise) in text space, mapped by the text
    /// matrix and the CTM, which stay fixed for the whole string; the text matrix moves once at the end.
    /// </summary>
    private void Show(byte[] bytes)
    {
        var state = _state;
        var font = state.Font;
        if (font is null) return;
        font.Decode(bytes, _decoded);
        if ((_glyphBudget -= _decoded.Count) < 0) throw new PdfUnreadableException($"it shows more than {_limits.MaxGlyphs:N0} characters");
        var toPage = _textMatrix.Times(state.Ctm);
        // The glyph size on the page: the length of the text-space vertical unit, times the font size.
        var size = Math.Abs(state.FontSize) * Math.Sqrt(toPage.C * toPage.C + toPage.D * toPage.D);
        var advanced = 0.0;
        foreach (var glyph in _decoded)
        {
            var glyphWidth = glyph.Width * state.FontSize * state.HorizontalScale;
            if (glyph.Text is null)
            {
                UnmappedGlyphs++;
                UnmappedFont ??= font.Name;
            }
            else
            {
                var (x, y) = toPage.Apply(advanced, state.Rise);
                var (endX, _) = toPage.Apply(advanced + glyphWidth, state.Rise);
                _glyphs.Add(new PlacedGlyph(x, y, endX, size, glyph.Text));
            }
            advanced += (glyph.Width * state.FontSize + state.CharSpacing + (glyph.IsWordSpace ? state.WordSpacing : 0)) * state.HorizontalScale;
        }
        _textMatrix = new Matrix(1, 0, 0, 1, advanced, 0).Times(_textMatrix);
    }

    private void DrawForm(PdfDict? xObjects, string name, PdfDict? outerResources, int formDepth)
    {
        if (_file.Dict(xObjects?[name]) is not { } form || _file.NameOf(form["Subtype"]) != "Form") return;
        if (formDepth >= _limits.MaxFormDepth) throw new PdfUnreadableException($"its forms are drawn inside each other more than {_limits.MaxFormDepth} deep");
        var saved = _state.Copy();
        var (textMatrix, lineMatrix) = (_textMatrix, _lineMatrix);
        if (_file.Array(form["Matrix"]) is { Count: 6 } m)
        {
            var v = m.Select(e => _file.Num(e) ?? 0).ToArray();
            _state.Ctm = new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]).Times(_state.Ctm);
        }
        var resources = _file.Dict(form["Resources"]) ?? outerResources;
        var depth = _saved.Count;
        Run(_decoder.Decode(form, _file), resources, formDepth + 1);
        while (_saved.Count > depth) _saved.Pop();
        _state = saved;
        (_textMatrix, _lineMatrix) = (textMatrix, lineMatrix);
    }
}
