using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace SelfHelp.Web.Site;

/// <summary>
/// Picks the view for a document type the way Umbraco picks a template by alias: <c>Site/Views/Pages/{alias}.cshtml</c>
/// when it exists, else the generic view that shows any page.
/// </summary>
public sealed class SiteViews(ICompositeViewEngine engine)
{
    public const string Generic = "/Site/Views/Generic.cshtml";
    public const string NotFound = "/Site/Views/NotFound.cshtml";

    private readonly ConcurrentDictionary<string, string> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public string For(string contentTypeAlias) => _byAlias.GetOrAdd(contentTypeAlias, alias =>
    {
        // Aliases are identifiers; anything else never names a file.
        if (!alias.All(char.IsAsciiLetterOrDigit))
        {
            return Generic;
        }
        var path = $"/Site/Views/Pages/{alias}.cshtml";
        return engine.GetView(executingFilePath: null, path, isMainPage: true).Success ? path : Generic;
    });
}
