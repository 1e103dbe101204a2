using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.DateOnlyPicker;

/// <summary><c>Umbraco.DateOnly</c>: Umbraco 17's date without a time, indexed as a date and delivered as stored.</summary>
/// <remarks>The folder is named for its UI: one named <c>DateOnly</c> would hide <see cref="System.DateOnly"/> under <c>PropertyEditors</c>.</remarks>
internal sealed class DateOnlyPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.DateOnly;

    public string Alias => EditorAlias;
    public IPropertyValueIndexer IndexValueProvider { get; } = new DateValueIndexer();
}
