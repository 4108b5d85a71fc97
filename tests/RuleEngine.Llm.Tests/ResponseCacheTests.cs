using Microsoft.Extensions.AI;
using NSubstitute;
using RuleEngine.Llm.Caching;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

public sealed class ResponseCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ruleengine-llm-cache-").FullName;

    [Fact]
    public void A_rerun_is_answered_from_the_sqlite_cache_without_calling_the_model()
    {
        var path = Path.Combine(_dir, "cache.db");
        using (var cache = new SqliteResponseCache(path))
        using (var first = new FallbackHarness(cache: cache).Answers(Answer("Yes", "link", (CodeSentence, 1))))
        {
            first.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);
            Assert.Single(first.Prompts());
        }

        using var reopened = new SqliteResponseCache(path);
        using var second = new FallbackHarness(cache: reopened).Answers(Answer("No", "should not be asked"));
        var report = second.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Empty(second.Client.ReceivedCalls());
        Assert.Equal("Yes", Assert.Single(report.Variables).Verdict);
        Assert.Contains(report.Diagnostics, d => d.Id == "RE0200" && d.Message.Contains("1 call (1 from cache)"));
    }

    [Fact]
    public void A_malformed_answer_is_not_cached()
    {
        var cache = Substitute.For<ILlmResponseCache>();
        using var harness = new FallbackHarness(cache: cache).Answers("not json");

        harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        cache.DidNotReceiveWithAnyArgs().Put(default!, default!, default!);
    }

    [Fact]
    public void The_key_depends_on_model_and_prompt()
    {
        Assert.Equal(CacheKey.Of("m", "a", "b"), CacheKey.Of("m", "a", "b"));
        Assert.NotEqual(CacheKey.Of("m", "a", "b"), CacheKey.Of("m2", "a", "b"));
        Assert.NotEqual(CacheKey.Of("m", "a", "b"), CacheKey.Of("m", "ab", ""));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
