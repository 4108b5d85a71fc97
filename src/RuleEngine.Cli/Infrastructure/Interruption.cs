namespace RuleEngine.Cli.Infrastructure;

/// <summary>Recognises the exceptions a Ctrl-C (SIGINT) leaves behind, bare or wrapped by parallel loops and tasks.</summary>
public static class Interruption
{
    public static bool IsCancellation(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsCancellation),
        _ => false,
    };
}
