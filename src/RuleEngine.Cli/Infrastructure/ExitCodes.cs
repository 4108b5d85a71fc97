namespace RuleEngine.Cli.Infrastructure;

/// <summary>Process exit codes scripts can rely on (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one input could not be analysed (unreadable, encrypted, no text layer, timed out); the others were.</summary>
    public const int InputFailed = 1;

    /// <summary>Bad command line or configuration: unknown option, no input found, bad config or rule file.</summary>
    public const int UsageError = 2;

    /// <summary><c>eval</c>: the scores fell below the bar given with <c>--min-accuracy</c>/<c>--min-macro-f1</c>.</summary>
    public const int BelowBar = 3;

    /// <summary>Interrupted with Ctrl-C (SIGINT), as shells report 128 + 2; what was finished is kept (jsonl, csv and tsv lines flushed, database rows committed).</summary>
    public const int Interrupted = 130;

    /// <summary>An unexpected internal error (a bug: please report it).</summary>
    public const int InternalError = 70;
}
