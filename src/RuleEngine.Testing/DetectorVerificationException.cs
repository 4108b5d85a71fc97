namespace RuleEngine.Testing;

/// <summary>Thrown when a detector's result differs from the expectation; the message lists every difference.</summary>
public sealed class DetectorVerificationException(string message) : Exception(message);
