using RuleEngine.Comparison.Analysis;

namespace RuleEngine.Comparison.Output;

/// <summary>Writes a comparison in one format.</summary>
public interface IComparisonWriter
{
    void Write(ComparisonResult result, TextWriter output);
}
