using System.Text.RegularExpressions;

namespace RuleEngine.Plugins.SoftwareDependencies;

/// <summary>
/// Matching with one retry on timeout. The rule set's regexes carry a short match timeout, and the first match of
/// a freshly compiled regex also pays its JIT compilation, which on a busy machine can exceed the timeout; the
/// retry runs on the compiled code. A second timeout means a genuinely slow input: the sentence is skipped.
/// </summary>
internal static class RegexSafety
{
    public static Match Match(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return regex.Match(input);
            }
            catch (RegexMatchTimeoutException)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
        }
    }

    public static bool IsMatch(Regex regex, string input) => Match(regex, input).Success;

    /// <summary>Match within <paramref name="input"/>[<paramref name="beginning"/>, +<paramref name="length"/>), with one retry on timeout.</summary>
    public static Match Match(Regex regex, string input, int beginning, int length)
    {
        try
        {
            return regex.Match(input, beginning, length);
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return regex.Match(input, beginning, length);
            }
            catch (RegexMatchTimeoutException)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
        }
    }
}
