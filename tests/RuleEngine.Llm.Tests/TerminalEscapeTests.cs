using RuleEngine.Engine.Reporting;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>Issue #12, item 5: control characters and terminal escapes never reach a console, Markdown, HTML or SARIF.</summary>
public sealed class TerminalEscapeTests
{
    [Theory]
    [InlineData("red \u001b[31mtext\u001b[0m", "red text")]
    [InlineData("title \u001b]0;pwned\u0007here", "title here")]
    [InlineData("bell\u0007 and \u009b2J clear", "bell and  clear")]
    [InlineData("rtl \u202Eevil\u202C end", "rtl evil end")]
    [InlineData("keeps\ttabs\nand lines", "keeps\ttabs\nand lines")]
    public void The_sanitiser_strips_escapes_and_control_characters(string text, string expected) =>
        Assert.Equal(expected, TextSanitizer.Clean(text));

    [Fact]
    public void An_llm_reason_with_terminal_escapes_reaches_the_report_clean()
    {
        using var server = new LoopbackChatServer(ScriptedReply.Ok(Answer("Yes", "link \u001b[2J\u001b]8;;http://evil\u0007here", (CodeSentence, 1))));
        using var run = new LoopbackFallback(server);

        var report = run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)));

        var code = Assert.Single(report.Variables);
        Assert.Equal(VerdictSources.Llm, code.Source);
        Assert.DoesNotContain('\u001b', code.Rationale);
        Assert.DoesNotContain('\u0007', code.Rationale);
    }
}
