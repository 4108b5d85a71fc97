namespace RuleEngine.Llm.Caching;

/// <summary>
/// Where the response cache lives by default: <c>$XDG_CACHE_HOME/ruleengine/llm-cache.db</c>, else
/// <c>~/.cache/ruleengine/llm-cache.db</c>; with neither set there is no default (never the working directory).
/// </summary>
public static class CacheLocation
{
    public const string FileName = "llm-cache.db";

    public static string? Default(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var xdg = environment("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathFullyQualified(xdg)) return Path.Combine(xdg, "ruleengine", FileName);
        var home = environment("HOME");
        if (string.IsNullOrWhiteSpace(home) && OperatingSystem.IsWindows()) home = environment("USERPROFILE");
        return !string.IsNullOrWhiteSpace(home) && Path.IsPathFullyQualified(home) ? Path.Combine(home, ".cache", "ruleengine", FileName) : null;
    }
}
