using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Engine.Analysis;
using RuleEngine.Engine.Configuration;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Hosting;
using RuleEngine.Sdk;

namespace RuleEngine.Engine.Tests;

public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection> configure, EngineSettings? settings = null)
    {
        var services = new ServiceCollection();
        services.AddRuleEngine(settings ?? new EngineSettings());
        services.AddSingleton(Substitute.For<ILayoutReader>());
        configure(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddVariableDetector_registers_a_type_once()
    {
        using var provider = Build(s => s.AddVariableDetector<MentionDetector>().AddVariableDetector<MentionDetector>());

        var catalog = provider.GetRequiredService<DetectorCatalog>();

        Assert.Single(catalog.Entries);
        Assert.Equal("RV9001", catalog.Entries[0].Detector.Variable.Id);
    }

    [Fact]
    public void A_disabled_variable_is_listed_but_not_run()
    {
        var settings = new EngineSettings().With([new("RV9001.enabled", "false")]);
        using var provider = Build(s => s.AddVariableDetector<MentionDetector>().AddVariableDetector<ThrowingDetector>(), settings);
        var analyzer = provider.GetRequiredService<PaperAnalyzer>();

        var report = analyzer.AnalyzeDocument(PaperDocumentBuilder.FromText("Code on GitHub."));

        Assert.False(analyzer.Catalog.Entries.Single(e => e.Detector.Variable.Id == "RV9001").Enabled);
        Assert.DoesNotContain(report.Variables, v => v.Id == "RV9001");
    }

    [Fact]
    public void An_unreadable_file_yields_a_report_with_an_error_diagnostic()
    {
        var reader = Substitute.For<ILayoutReader>();
        reader.Read(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(_ => throw new DocumentReadException(EngineDiagnosticIds.Encrypted, "the PDF is encrypted"));
        var services = new ServiceCollection();
        services.AddRuleEngine(new EngineSettings());
        services.AddSingleton(reader);
        services.AddVariableDetector<MentionDetector>();
        using var provider = services.BuildServiceProvider();
        var file = Path.GetTempFileName();

        var report = provider.GetRequiredService<PaperAnalyzer>().AnalyzeFile(file);

        Assert.True(report.Failed);
        Assert.Empty(report.Variables);
        Assert.Equal(EngineDiagnosticIds.Encrypted, Assert.Single(report.Diagnostics).Id);
    }

    [Fact]
    public void A_reader_that_hangs_is_abandoned_at_the_paper_budget()
    {
        var reader = Substitute.For<ILayoutReader>();
        reader.Read(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(_ => { Thread.Sleep(Timeout.Infinite); return null!; });
        var services = new ServiceCollection();
        services.AddRuleEngine(new EngineSettings().With([new("engine.paper_budget_ms", "200")]));
        services.AddSingleton(reader);
        using var provider = services.BuildServiceProvider();

        var started = DateTime.UtcNow;
        var report = provider.GetRequiredService<PaperAnalyzer>().AnalyzeFile(Path.GetTempFileName());

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal(EngineDiagnosticIds.PaperTimedOut, Assert.Single(report.Diagnostics).Id);
    }
}
