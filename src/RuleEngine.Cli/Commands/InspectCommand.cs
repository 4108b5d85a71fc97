using System.ComponentModel;
using System.Text.RegularExpressions;
using RuleEngine.Cli.Infrastructure;
using RuleEngine.Document.Layout;
using RuleEngine.Sdk.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>ruleengine inspect PAPER.pdf</c>: prints the document model the detectors see — title block,
/// sections, floats, links and sentences with their page and section — so a rule author can check why a
/// pattern does or does not fire. <c>--grep</c> keeps only the sentences a regular expression matches.
/// </summary>
public sealed class InspectCommand : Command<InspectCommand.Settings>
{
    public sealed class Settings : EngineCommandSettings
    {
        [CommandArgument(0, "<PDF>")]
        [Description("One PDF file.")]
        public string Path { get; init; } = "";

        [CommandOption("--show <PARTS>")]
        [Description("What to print, comma-separated: [grey]title,sections,floats,links,sentences[/] (default: all).")]
        public string Show { get; init; } = "title,sections,floats,links,sentences";

        [CommandOption("--grep <REGEX>")]
        [Description("Only sentences (and floats) matching this case-insensitive .NET regular expression.")]
        public string? Grep { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Path)) throw new UsageException($"file not found: {settings.Path}");
        Regex? grep;
        try { grep = settings.Grep is null ? null : new Regex(settings.Grep, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)); }
        catch (ArgumentException e) { throw new UsageException($"bad --grep pattern: {e.Message}"); }
        var parts = settings.Show.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

        using var provider = EngineFactory.Create(settings);
        PaperDocument document;
        try { document = provider.Analyzer().ReadDocument(settings.Path, cancellationToken); }
        catch (DocumentReadException e)
        {
            Output.Consoles.Error.MarkupLineInterpolated($"[red]{e.Code}[/] {settings.Path}: {e.Message}");
            return ExitCodes.InputFailed;
        }

        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated($"[bold]{document.FileName}[/]: {document.PageCount} pages, {document.Sentences.Count} sentences, {document.Sections.Count} sections, {document.Floats.Count} floats, {document.Links.Count} links");
        if (parts.Contains("title"))
        {
            console.MarkupLineInterpolated($"[bold]title[/]: {document.Title}");
            foreach (var line in document.TitleBlock.Authors) console.MarkupLineInterpolated($"  [grey]author[/] {line.Text}");
            foreach (var line in document.TitleBlock.Affiliations) console.MarkupLineInterpolated($"  [grey]affiliation[/] {line.Text}");
            foreach (var email in document.TitleBlock.Emails) console.MarkupLineInterpolated($"  [grey]e-mail[/] {email}");
        }
        if (parts.Contains("sections"))
            foreach (var s in document.Sections)
                console.MarkupLineInterpolated($"[bold]§{s.Index}[/] p{s.Page} {s.Kind}{(s.IsInAppendix ? " (appendix)" : "")}: {s.Heading}");
        if (parts.Contains("floats"))
            foreach (var f in document.Floats.Where(f => grep is null || grep.IsMatch(f.Caption) || grep.IsMatch(f.Content)))
                console.MarkupLineInterpolated($"[bold]{f.Kind} {f.Label}[/] p{f.Page}: {f.Caption}\n  [grey]{Cut(f.Content, 400)}[/]");
        if (parts.Contains("links"))
            foreach (var l in document.Links) console.MarkupLineInterpolated($"[bold]link[/] p{l.Page} {l.Origin}{(l.SentenceIndex >= 0 ? $" #{l.SentenceIndex}" : "")}: {l.Uri}");
        if (parts.Contains("sentences"))
            foreach (var s in document.Sentences.Where(s => grep is null || grep.IsMatch(s.Text)))
            {
                var section = document.SectionOf(s);
                console.MarkupLineInterpolated($"[grey]#{s.Index} p{s.Page} §{section?.Index.ToString() ?? "-"}{(document.IsBodyText(s) ? "" : " back-matter")}[/] {s.Text}");
            }
        return ExitCodes.Success;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
