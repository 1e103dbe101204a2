using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.DateTimeUnspecified;

/// <summary><c>Umbraco.DateTimeUnspecified</c>: Umbraco 17's date and time without a zone, indexed as a date and delivered as stored.</summary>
internal sealed class DateTimeUnspecifiedPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.DateTimeUnspecified;

    public string Alias => EditorAlias;
    public IPropertyValueIndexer IndexValueProvider { get; } = new DateValueIndexer();
}
