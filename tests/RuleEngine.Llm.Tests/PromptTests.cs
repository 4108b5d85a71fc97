using System.Text;
using RuleEngine.Document.Building;
using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Llm.Prompts;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

public sealed class PromptTests
{
    private static RuleEngine.Sdk.Documents.PaperDocument LongPaper()
    {
        var text = new StringBuilder("A Long Paper\nJohn Roe, Example University\n\n1 Introduction\n");
        for (var i = 0; i < 400; i++) text.Append($"Filler sentence number {i} talks about nothing in particular at all. ");
        text.Append("\n4 Experiments\nWe trained for a while. ").Append(HardwareSentence).Append(" Training took a day.\n");
        for (var i = 0; i < 400; i++) text.Append($"More filler number {i} with the word GPU mentioned once here. ");
        return PaperDocumentBuilder.FromText(text.ToString());
    }

    [Fact]
    public void The_prompt_holds_the_evidence_its_neighbours_and_keyword_sentences_within_the_budget()
    {
        var document = LongPaper();
        var variable = LlmVariable.From(new FakeDetector(TestVariables.Hardware), null);
        var heuristic = Result("RV0007", "HardwareSpecification", "Yes", 0.6, new EvidenceEntry(HardwareSentence, 1, "RV0007.gpu"));

        var prompt = PromptBuilder.Build(variable.Descriptor, variable.Template, new PassageSelector(document), variable.Keywords, heuristic, document, tokenBudget: 600);

        Assert.InRange(prompt.PromptTokens, 1, 600);
        Assert.Equal(prompt.PromptTokens, TokenCounter.Count(prompt.System) + TokenCounter.Count(prompt.User));
        Assert.Contains(HardwareSentence, prompt.User);
        Assert.Contains("We trained for a while.", prompt.User);
        Assert.Contains("Training took a day.", prompt.User);
        Assert.Contains("with the word GPU", prompt.User);
        Assert.DoesNotContain("Filler sentence number 200", prompt.User);
        Assert.True(prompt.PassagesOmitted > 0);
        Assert.Contains("Allowed verdicts: Yes | No", prompt.User);
    }

    [Fact]
    public void A_plugin_template_replaces_the_generic_one()
    {
        var detector = new FakeDetector(TestVariables.Code, "Custom question about {{variable_title}}. Answer {{verdicts}}.");
        var variable = LlmVariable.From(detector, null);
        var document = Paper();

        var prompt = PromptBuilder.Build(variable.Descriptor, variable.Template, new PassageSelector(document), variable.Keywords, null, document, 2000);

        Assert.True(variable.Template.IsPluginTemplate);
        Assert.StartsWith("Custom question about Open Source Code. Answer Yes | No.", prompt.User);
        Assert.Contains(CodeSentence, prompt.User);
    }

    [Fact]
    public void Options_come_from_the_configuration_keys()
    {
        var settings = new RuleEngine.Engine.Configuration.EngineSettings().With([
            new("llm.mode", "fallback"), new("llm.provider", "ollama"), new("llm.model", "qwen2.5"),
            new("llm.token_budget", "3000"), new("RV0004.llm_threshold", "0.9"), new("llm.cache", "off"),
        ]);

        var options = LlmOptions.FromSettings(settings);

        Assert.Equal(LlmMode.Fallback, options.Mode);
        Assert.Equal(LlmProvider.Ollama, options.Provider);
        Assert.Equal(LlmOptions.DefaultOllamaEndpoint, options.Endpoint);
        Assert.Equal("qwen2.5", options.Model);
        Assert.Equal(3000, options.TokenBudget);
        Assert.Equal(0.9, options.ThresholdFor("RV0004", "OpenSourceCode"));
        Assert.Equal(0.75, options.ThresholdFor("RV0007", "HardwareSpecification"));
        Assert.Null(options.CachePath);
    }

    [Fact]
    public void The_default_mode_is_off_and_a_bad_mode_is_refused()
    {
        Assert.Equal(LlmMode.Off, LlmOptions.FromSettings(new RuleEngine.Engine.Configuration.EngineSettings()).Mode);
        Assert.Throws<FormatException>(() => LlmOptions.ParseMode("sometimes"));
    }

    [Fact]
    public void The_api_key_comes_from_the_environment_variables_only()
    {
        Assert.Equal("a", LlmApiKey.FromEnvironment(n => n == LlmApiKey.Variable ? "a" : "b"));
        Assert.Equal("b", LlmApiKey.FromEnvironment(n => n == LlmApiKey.FallbackVariable ? "b" : null));
        Assert.Null(LlmApiKey.FromEnvironment(_ => " "));
    }
}
