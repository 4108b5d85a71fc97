using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Answers;

/// <summary>
/// The structured-output schema of an answer: <c>{verdict, quotes: [{quote, page}], reason}</c>, with the
/// verdict restricted to the variable's allowed values. Strict-mode compatible (all properties required,
/// no additional properties).
/// </summary>
public static class LlmAnswerSchema
{
    public const string Name = "variable_verdict";

    public static JsonElement For(VariableDescriptor variable)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["verdict"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. variable.AllowedVerdicts.Select(v => JsonValue.Create(v))]) },
                ["quotes"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["quote"] = new JsonObject { ["type"] = "string", ["description"] = "verbatim text from the passages" },
                            ["page"] = new JsonObject { ["type"] = "integer", ["description"] = "the page of the [p. N] marker" },
                        },
                        ["required"] = new JsonArray("quote", "page"),
                        ["additionalProperties"] = false,
                    },
                },
                ["reason"] = new JsonObject { ["type"] = "string" },
            },
            ["required"] = new JsonArray("verdict", "quotes", "reason"),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema);
    }

    public static ChatResponseFormat FormatFor(VariableDescriptor variable) =>
        ChatResponseFormat.ForJsonSchema(For(variable), Name, $"The verdict of {variable.Title} with verbatim supporting quotes.");
}
