using System.Text.RegularExpressions;
using SelfHelp.Core.Content;
using SelfHelp.Core.DeliveryApi.Expansion;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// Reads the request headers into a <see cref="DeliveryRequest"/>: Accept-Language picks a configured culture (one
/// language tag; anything else, or a language the site does not have, means the default language), Start-Item names
/// a root by URL segment or key, and <c>expand</c>/<c>fields</c> are parsed once.
/// </summary>
public interface IDeliveryRequestFactory
{
    Task<DeliveryRequestResult> CreateAsync(string? acceptLanguage, string? startItem, bool preview, string? expand, string? fields, CancellationToken cancellationToken = default);
}

internal sealed partial class DeliveryRequestFactory(IPublishedContentCache cache, ILanguageService languages) : IDeliveryRequestFactory
{
    public async Task<DeliveryRequestResult> CreateAsync(string? acceptLanguage, string? startItem, bool preview, string? expand, string? fields, CancellationToken cancellationToken = default)
    {
        var snapshot = cache.Current;
        var culture = await CultureAsync(acceptLanguage, cancellationToken);
        PublishedContent? start = null;
        if (!string.IsNullOrWhiteSpace(startItem))
        {
            start = FindRoot(snapshot, startItem.Trim().Trim('/'), culture);
            if (start is null)
            {
                return new DeliveryRequestResult(null, StartItemNotFound: true);
            }
        }
        return new DeliveryRequestResult(new DeliveryRequest(snapshot, culture, preview, start, PropertyTree.Parse(expand), PropertyTree.Parse(fields)), false);
    }

    private async Task<string> CultureAsync(string? acceptLanguage, CancellationToken cancellationToken)
    {
        var all = await languages.GetAllAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(acceptLanguage) && LanguageTag().IsMatch(acceptLanguage)
            && all.FirstOrDefault(l => string.Equals(l.IsoCode, acceptLanguage, StringComparison.OrdinalIgnoreCase)) is { } requested)
        {
            return requested.IsoCode;
        }
        return all.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? all.FirstOrDefault()?.IsoCode ?? "";
    }

    private static PublishedContent? FindRoot(PublishedSnapshot snapshot, string value, string culture)
    {
        var roots = snapshot.GetChildren(ContentItem.RootId);
        return Guid.TryParse(value, out var key)
            ? roots.FirstOrDefault(r => r.Key == key)
            : roots.FirstOrDefault(r => r.Cultures.GetValueOrDefault(culture) is { } c && string.Equals(c.UrlSegment, value, StringComparison.OrdinalIgnoreCase));
    }

    // As Umbraco: a single tag such as "en-US" or "zh-HK"; lists like "en-GB,en;q=0.9" are not a choice of culture.
    [GeneratedRegex(@"^[\w-]+$")]
    private static partial Regex LanguageTag();
}
