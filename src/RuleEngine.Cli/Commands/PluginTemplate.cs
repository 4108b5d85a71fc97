using System.Reflection;
using System.Text;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// The plugin template of <c>templates/ruleengine-plugin</c> (the same files <c>dotnet new ruleengine-plugin</c>
/// uses), read from resources embedded in the tool when present, otherwise from the repository around the tool
/// or the current folder (to embed them, the CLI project can add
/// <c>&lt;EmbeddedResource Include="..\..\templates\ruleengine-plugin\**\*" LogicalName="ruleengine-plugin/%(RecursiveDir)%(Filename)%(Extension)" /&gt;</c>);
/// rendered offline with the template's replacements (name, ID, key, engine root).
/// </summary>
public sealed class PluginTemplate
{
    public const string SourceName = "MyCompany.Plugins.Example";
    public const string IdToken = "RV0900";
    public const string KeyToken = "Example";
    public const string EngineRootToken = "../RuleEngine";
    public const string VersionToken = "0.0.0-ruleengine";
    private const string ResourcePrefix = "ruleengine-plugin/";
    private static readonly string TemplateFolder = Path.Combine("templates", "ruleengine-plugin");

    private readonly IReadOnlyDictionary<string, Func<Stream>> _files;

    private PluginTemplate(IReadOnlyDictionary<string, Func<Stream>> files) => _files = files;

    /// <summary>Relative paths (with '/') of the template's files.</summary>
    public IEnumerable<string> Files => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds the template, or null when neither the tool nor a repository around it holds one.</summary>
    public static PluginTemplate? Find()
    {
        var assembly = typeof(PluginTemplate).Assembly;
        var embedded = assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Path: n.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(ResourcePrefix, StringComparison.Ordinal) && IsTemplateContent(r.Path[ResourcePrefix.Length..]))
            .ToList();
        if (embedded.Count > 0)
            return new PluginTemplate(embedded.ToDictionary(r => r.Path[ResourcePrefix.Length..], r => (Func<Stream>)(() => assembly.GetManifestResourceStream(r.Resource)!)));
        return FindFolder() is { } folder ? FromFolder(folder) : null;
    }

    /// <summary>Template files are everything but the template engine's configuration and build output.</summary>
    private static bool IsTemplateContent(string relativePath) =>
        !relativePath.StartsWith(".template.config/", StringComparison.Ordinal) && !relativePath.Split('/').Any(s => s is "bin" or "obj");

    /// <summary>The repository holding the template (the folder with <c>templates/ruleengine-plugin</c>), if any.</summary>
    public static string? FindRepositoryRoot() => FindFolder() is { } folder ? Path.GetFullPath(Path.Combine(folder, "..", "..")) : null;

    /// <summary>Writes the rendered files under <paramref name="outputDirectory"/>; returns their paths.</summary>
    public IReadOnlyList<string> Render(string outputDirectory, IReadOnlyDictionary<string, string> replacements)
    {
        var tokens = replacements.OrderByDescending(kv => kv.Key.Length).ToList();
        var written = new List<string>();
        foreach (var file in Files)
        {
            var target = Path.Combine(outputDirectory, Replace(file, tokens).Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var reader = new StreamReader(_files[file](), new UTF8Encoding(false));
            File.WriteAllText(target, Replace(reader.ReadToEnd(), tokens), new UTF8Encoding(false));
            written.Add(target);
        }
        return written;
    }

    /// <summary>Replaces every token, longest first at each position, in one left-to-right pass (as the template engine does).</summary>
    public static string Replace(string text, IReadOnlyList<KeyValuePair<string, string>> tokens)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var hit = tokens.FirstOrDefault(t => string.CompareOrdinal(text, i, t.Key, 0, t.Key.Length) == 0);
            if (hit.Key is null) { sb.Append(text[i++]); continue; }
            sb.Append(hit.Value);
            i += hit.Key.Length;
        }
        return sb.ToString();
    }

    private static PluginTemplate FromFolder(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(IsTemplateContent)
            .ToDictionary(r => r, r => (Func<Stream>)(() => File.OpenRead(Path.Combine(folder, r)))));

    private static string? FindFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, TemplateFolder);
                if (File.Exists(Path.Combine(candidate, ".template.config", "template.json"))) return candidate;
            }
        }
        return null;
    }
}
