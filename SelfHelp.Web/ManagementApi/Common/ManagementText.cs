namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>
/// Picks the English or Traditional Chinese (Hong Kong) wording of a message the back office shows, by the request's
/// <c>Accept-Language</c> (the client's browser sends the user's language).
/// </summary>
public static class ManagementText
{
    public static string Pick(HttpContext context, string english, string chinese)
    {
        var languages = context.Request.GetTypedHeaders().AcceptLanguage;
        var first = languages.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return first?.Value.Value?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? chinese : english;
    }
}
