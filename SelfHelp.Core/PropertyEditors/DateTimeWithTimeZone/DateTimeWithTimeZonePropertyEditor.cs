using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.DateTimeWithTimeZone;

/// <summary><c>Umbraco.DateTimeWithTimeZone</c>: Umbraco 17's date and time with its zone, indexed as a date and delivered as stored.</summary>
internal sealed class DateTimeWithTimeZonePropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.DateTimeWithTimeZone;

    public string Alias => EditorAlias;
    public IPropertyValueIndexer IndexValueProvider { get; } = new DateValueIndexer();
}
