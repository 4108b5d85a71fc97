using System.ComponentModel;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>Options every command that runs the engine shares.</summary>
public class EngineCommandSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("A configuration file (.globalconfig style: [grey]ruleengine.RV0008.enabled = false[/]) applied over rules/ruleengine.globalconfig. Repeatable; keys and values are checked.")]
    public string[] ConfigFiles { get; init; } = [];

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. [grey]--set RV0004.repository-link.enabled=false[/], [grey]--set engine.paper_budget_ms=120000[/]. Repeatable. An unknown key or a bad value stops the run (exit 2).")]
    public string[] Overrides { get; init; } = [];

    [CommandOption("--variables <LIST>")]
    [Description("Only run these variables: IDs or keys, comma-separated (e.g. [grey]RV0004,HardwareSpecification[/]).")]
    public string? Variables { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("Also load variable plugins from this folder (any build output with a .deps.json). Repeatable.")]
    public string[] PluginDirectories { get; init; } = [];

    [CommandOption("--rules <DIR>")]
    [Description("Rule-data folder to use instead of the built-in rules/ (rule files RVxxxx.*.json and ruleengine.globalconfig, whose llm.* keys are ignored with a warning).")]
    public string? RulesDirectory { get; init; }

    [CommandOption("--llm <MODE>")]
    [Description("LLM fallback: [grey]off[/] (default, no network) | [grey]fallback[/] (only verdicts below ruleengine.ID.llm_threshold) | [grey]always[/]. Also env RULEENGINE_LLM_MODE. The LLM never loses a heuristic verdict; see docs/llm.md.")]
    public string? Llm { get; init; }

    [CommandOption("--llm-provider <NAME>")]
    [Description("openai (any OpenAI-compatible endpoint: OpenAI, llama.cpp, vLLM, …) | ollama.")]
    public string? LlmProvider { get; init; }

    [CommandOption("--llm-endpoint <URL>")]
    [Description("Base URL, e.g. [grey]https://api.openai.com/v1[/], [grey]http://localhost:8080/v1[/], [grey]http://localhost:11434[/]. Also env RULEENGINE_LLM_ENDPOINT. API key: env RULEENGINE_LLM_API_KEY or OPENAI_API_KEY, sent over plain http only to loopback.")]
    public string? LlmEndpoint { get; init; }

    [CommandOption("--llm-model <NAME>")]
    [Description("Model name, e.g. [grey]gpt-4o-mini[/], [grey]llama3.1[/].")]
    public string? LlmModel { get; init; }

    [CommandOption("--llm-token-budget <N>")]
    [Description("Most prompt tokens per call (default 4000; ruleengine.llm.token_budget).")]
    public int? LlmTokenBudget { get; init; }

    [CommandOption("--llm-cache <FILE>")]
    [Description("SQLite response cache, mode 0600 (default $XDG_CACHE_HOME or ~/.cache /ruleengine/llm-cache.db); [grey]off[/] disables it.")]
    public string? LlmCache { get; init; }

    [CommandOption("--llm-max-calls <N>")]
    [Description("Most calls to the model in the whole run (cached answers not counted); then heuristic verdicts stand (ruleengine.llm.max_calls).")]
    public int? LlmMaxCalls { get; init; }

    [CommandOption("--llm-max-tokens <N>")]
    [Description("Most prompt + completion tokens spent in the whole run (cached not counted; ruleengine.llm.max_tokens).")]
    public long? LlmMaxTokens { get; init; }
}
