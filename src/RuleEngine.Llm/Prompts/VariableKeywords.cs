using System.Text.RegularExpressions;
using RuleEngine.Engine.Configuration;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Prompts;

/// <summary>
/// Words that mark sentences worth showing the model for a variable, beyond the heuristic evidence.
/// Built in for the nine variables; <c>ruleengine.ID.llm_keywords = a, b, c</c> replaces them; a plugin
/// variable without either uses the words of its title.
/// </summary>
public static class VariableKeywords
{
    private static readonly Dictionary<string, string[]> BuiltIn = new(StringComparer.Ordinal)
    {
        ["ResearchType"] = ["experiment", "experiments", "evaluate", "evaluation", "empirical", "results", "dataset", "benchmark", "baseline", "theorem", "proof", "we prove", "lemma", "simulation", "ablation"],
        ["ResearcherAffiliation"] = ["university", "institute", "college", "school", "laboratory", "lab", "research", "inc", "corporation", "company", "google", "microsoft", "meta", "facebook", "amazon", "ibm", "deepmind", "openai", "nvidia", "work done", "intern"],
        ["Pseudocode"] = ["algorithm", "pseudocode", "pseudo-code", "procedure", "input:", "output:", "repeat", "until", "return"],
        ["OpenSourceCode"] = ["code", "github", "gitlab", "bitbucket", "source code", "implementation", "available at", "released", "open-source", "open source", "repository", "supplementary"],
        ["OpenDatasets"] = ["dataset", "datasets", "benchmark", "corpus", "publicly available", "download", "data set", "collected"],
        ["DatasetSplits"] = ["split", "splits", "training set", "validation set", "test set", "train/", "held-out", "cross-validation", "fold", "development set", "partition"],
        ["HardwareSpecification"] = ["gpu", "gpus", "cpu", "nvidia", "tesla", "v100", "a100", "h100", "tpu", "ram", "memory", "cores", "cluster", "machine", "intel", "xeon"],
        ["SoftwareDependencies"] = ["pytorch", "tensorflow", "python", "version", "library", "package", "cuda", "scikit-learn", "jax", "keras", "numpy", "implemented in", "toolkit", "solver"],
        ["ExperimentSetup"] = ["learning rate", "batch size", "epochs", "hyperparameter", "hyper-parameter", "optimizer", "adam", "sgd", "momentum", "weight decay", "dropout", "iterations", "we set", "initialized"],
    };

    /// <summary>A case-insensitive whole-word pattern of the variable's keywords.</summary>
    public static Regex PatternFor(VariableDescriptor variable, EngineSettings? settings)
    {
        var words = Words(variable, settings);
        var alternation = string.Join("|", words.Select(w => Regex.Escape(w.Trim())).Where(w => w.Length > 0));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static IReadOnlyList<string> Words(VariableDescriptor variable, EngineSettings? settings)
    {
        var configured = settings?.Get(variable.Id + ".llm_keywords") ?? settings?.Get(variable.Key + ".llm_keywords");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (BuiltIn.TryGetValue(variable.Key, out var words)) return words;
        return variable.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToArray();
    }
}
