using SelfHelp.Core.ContentTypes;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>Builds content types for tests: <c>new ContentTypeBuilder("page").VariesByCulture().AddProperty(...)</c>.</summary>
public sealed class ContentTypeBuilder(string alias)
{
    private readonly ContentType _type = new()
    {
        Key = Guid.NewGuid(),
        Alias = alias,
        Name = char.ToUpperInvariant(alias[0]) + alias[1..],
    };

    public ContentTypeBuilder AllowAtRoot()
    {
        _type.AllowAtRoot = true;
        return this;
    }

    public ContentTypeBuilder AsMedia()
    {
        _type.Kind = ContentTypeKind.Media;
        return this;
    }

    public ContentTypeBuilder VariesByCulture()
    {
        _type.Variations = ContentVariation.Culture;
        return this;
    }

    public ContentTypeBuilder AllowChildren(params string[] aliases)
    {
        _type.AllowedChildren.AddRange(aliases.Select((a, i) => new AllowedChildType(Guid.NewGuid(), a, i)));
        return this;
    }

    public ContentTypeBuilder AddProperty(string alias, DataType dataType, bool variesByCulture = false, bool mandatory = false,
        string? pattern = null, string? patternMessage = null, string? group = null)
    {
        _type.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = alias,
            Name = char.ToUpperInvariant(alias[0]) + alias[1..],
            DataTypeKey = dataType.Key,
            EditorAlias = dataType.EditorAlias,
            Mandatory = mandatory,
            ValidationRegExp = pattern,
            ValidationRegExpMessage = patternMessage,
            Variations = variesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
            SortOrder = _type.Properties.Count,
            GroupAlias = group,
        });
        return this;
    }

    public ContentType Build() => _type;
}
