using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors.TinyMce;

/// <summary><c>Umbraco.TinyMCE</c>: rich text from Umbraco before 14, indexed as its text and delivered as stored.</summary>
internal sealed class TinyMcePropertyEditor : IPropertyEditor
{
    public const string EditorAlias = "Umbraco.TinyMCE";

    public string Alias => EditorAlias;
    public IPropertyValueIndexer IndexValueProvider { get; } = new RichTextValueIndexer();
}
