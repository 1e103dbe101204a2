using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.Markdown;

/// <summary><c>Umbraco.MarkdownEditor</c>: markdown, indexed as text and delivered as stored.</summary>
internal sealed class MarkdownPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.MarkdownEditor;

    public string Alias => EditorAlias;
    public IPropertyValueIndexer IndexValueProvider { get; } = new TextValueIndexer();
}
