using RuleEngine.Plugins.OpenSourceCode.Text;
using RuleEngine.Sdk;

namespace RuleEngine.Plugins.OpenSourceCode.Rules;

/// <summary>What kind of page a URL points at, from the host lexicons of the rule file.</summary>
internal enum UrlKind { Other, CodeRepository, CodeHostPage, Paper, Data }

internal sealed class UrlKinds(RuleSet rules)
{
    private readonly string[] _codeHosts = [.. rules.Lexicon("codeHosts")];
    private readonly string[] _paperHosts = [.. rules.Lexicon("paperHosts")];
    private readonly string[] _dataHosts = [.. rules.Lexicon("dataHosts")];

    public UrlKind Classify(FoundUrl url)
    {
        var host = url.Host;
        var path = UrlFinder.PathOf(url.Url).Trim('/');
        var hostAndPath = host + "/" + path;
        if (Matches(_codeHosts, host, hostAndPath))
        {
            // A repository needs an owner and a name (github.com/owner/repo); a bare host or a user page is not one.
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var isRepo = host switch
            {
                "github.com" or "gitlab.com" or "bitbucket.org" or "gitee.com" or "codeberg.org" => segments.Length >= 2,
                _ => segments.Length >= 1,
            };
            return isRepo ? UrlKind.CodeRepository : UrlKind.CodeHostPage;
        }
        if (IsSelfHostedForge(host))
        {
            // An institution's own GitLab or Gitea (gitlab.informatik.example.de/group/project).
            return path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? UrlKind.CodeRepository : UrlKind.CodeHostPage;
        }
        if (Matches(_paperHosts, host, hostAndPath)) return UrlKind.Paper;
        if (Matches(_dataHosts, host, hostAndPath)) return UrlKind.Data;
        return UrlKind.Other;
    }

    private static bool IsSelfHostedForge(string host) =>
        host.StartsWith("gitlab.", StringComparison.OrdinalIgnoreCase) || host.StartsWith("gitea.", StringComparison.OrdinalIgnoreCase)
        || (host.StartsWith("git.", StringComparison.OrdinalIgnoreCase) && host.Count(c => c == '.') >= 2);

    /// <summary>The repository owner of a code-host URL (github.com/OWNER/repo), lower-case, or empty.</summary>
    public static string Owner(FoundUrl url)
    {
        var path = UrlFinder.PathOf(url.Url).Trim('/');
        var slash = path.IndexOf('/');
        return (slash < 0 ? path : path[..slash]).ToLowerInvariant();
    }

    private static bool Matches(string[] hosts, string host, string hostAndPath)
    {
        foreach (var h in hosts)
        {
            if (h.Contains('/'))
            {
                if (hostAndPath.StartsWith(h, StringComparison.OrdinalIgnoreCase)) return true;
            }
            else if (host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
