namespace ImrDsl.Diagnostics;

/// <summary>How serious a diagnostic or finding is. Order matters: higher is more severe.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class SeverityText
{
    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static bool TryParse(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "note": case "suggestion": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
