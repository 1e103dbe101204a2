using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>One internal property and the strings planted in it that no public channel may show.</summary>
public sealed record PlantedProperty(string TypeAlias, string PropertyAlias, IReadOnlyList<string> Needles)
{
    public override string ToString() => $"{TypeAlias}.{PropertyAlias}";
}

/// <summary>A public item of one shipped type with a unique value in each internal property, and a public control word.</summary>
public sealed record PlantedItem(ContentItem Item, PublishedContent Parent, string ControlWord, IReadOnlyList<PlantedProperty> Properties);

/// <summary>
/// Plants a unique value in every internal property of a document type, whatever its editor; a property whose editor
/// it cannot fill fails the suite, so a new kind of internal property is never silently left unchecked.
/// </summary>
public sealed class PlantedItemBuilder(PrivacySiteHost site, IReadOnlyDictionary<string, ContentType> types)
{
    private static int _sequence;

    public async Task<PlantedItem> BuildAsync(ContentType type, IReadOnlyList<PropertyType> internalProperties)
    {
        var parent = site.Published.All.First(p => p.ObjectType == NodeObjectType.Document
            && types.GetValueOrDefault(p.ContentTypeAlias)?.AllowsChild(type.Alias) == true && p.IsVisibleIn("en-US") && p.IsVisibleIn("zh-HK"));
        var control = Token("public");
        var page = new Testing.PageBuilder(site.Content, type.Alias, parent.Id, $"Never public {type.Alias} {control}", $"永不公開 {type.Alias} {control}");
        foreach (var mandatory in type.Properties.Where(p => p.Mandatory && p.EditorAlias == Aliases.TextBox))
        {
            Set(page, mandatory, $"{control} {mandatory.Alias}", $"{control} {mandatory.Alias} 中文");
        }
        if (type.FindProperty("consentStatus") is { } consent)
        {
            Set(page, consent, new[] { "given" }, null);
        }
        var planted = new List<PlantedProperty>();
        foreach (var property in internalProperties)
        {
            var token = Token(property.Alias);
            var (english, chinese, needles) = await ValueForAsync(property, token);
            Set(page, property, english, chinese);
            planted.Add(new PlantedProperty(type.Alias, property.Alias, needles));
        }
        return new PlantedItem(await page.PublishAsync(), parent, control, planted);
    }

    private async Task<(object English, object? Chinese, IReadOnlyList<string> Needles)> ValueForAsync(PropertyType property, string token)
    {
        switch (property.EditorAlias)
        {
            case Aliases.EmailAddress:
                return ($"{token}@example.org", null, [token]);
            case Aliases.TextBox or Aliases.TextArea when property.ValidationRegExp is { Length: > 0 } pattern:
                var value = new[] { token, $"{token}@example.org", Phone() }.FirstOrDefault(c => Regex.IsMatch(c, pattern))
                    ?? throw new InvalidOperationException($"No planted value fits {property.Alias}'s pattern {pattern}.");
                return (value, null, [value.StartsWith("+852 ", StringComparison.Ordinal) ? value["+852 ".Length..] : value]);
            case Aliases.TextBox or Aliases.TextArea:
                return (token, token + " 中文", [token]);
            case Aliases.RichText:
                return (new { markup = $"<p>{token}</p>", blocks = (object?)null }, new { markup = $"<p>{token} 中文</p>", blocks = (object?)null }, [token]);
            case Aliases.MediaPicker3:
                // A media type the picker accepts, so the value is one staff could really pick.
                var dataType = await site.Services.GetRequiredService<IDataTypeService>().GetAsync(property.DataTypeKey);
                var media = await site.MediaAsync(token, dataType?.GetStringList("filter").FirstOrDefault() ?? "File");
                return (PrivacySiteHost.Picked(media), null, [token, media.Key.ToString()]);
            default:
                throw new InvalidOperationException($"The never-public suite cannot plant a value in {property.Alias} ({property.EditorAlias}): teach {nameof(PlantedItemBuilder)} this editor.");
        }
    }

    private static void Set(Testing.PageBuilder page, PropertyType property, object english, object? chinese)
    {
        if (property.VariesByCulture)
        {
            page.With(property.Alias, english, chinese ?? english);
        }
        else
        {
            page.WithInvariant(property.Alias, english);
        }
    }

    // Letters and digits only, so that neither JSON nor HTML encoding can hide it from a plain text search.
    private static string Token(string alias) => $"np{alias.ToLowerInvariant()}{Interlocked.Increment(ref _sequence)}x{Guid.NewGuid().ToString("N")[..10]}";

    private static string Phone() => $"+852 2{Random.Shared.Next(100, 999)} {Random.Shared.Next(1000, 9999)}";
}
