using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Languages;

namespace SelfHelp.Core.Sync;

/// <summary>
/// The configuration items by key: either what the engine holds now, or what it will hold once an import is applied,
/// which is what the files are checked against before anything is written.
/// </summary>
internal sealed class SyncState
{
    public Dictionary<Guid, Language> Languages { get; private init; } = [];
    public Dictionary<Guid, DictionaryItem> DictionaryItems { get; private init; } = [];
    public Dictionary<Guid, DataType> DataTypes { get; private init; } = [];
    public Dictionary<Guid, ContentType> ContentTypes { get; private init; } = [];
    public Dictionary<Guid, FormDefinition> Forms { get; private init; } = [];

    public SyncState Clone() => new()
    {
        Languages = new(Languages),
        DictionaryItems = new(DictionaryItems),
        DataTypes = new(DataTypes),
        ContentTypes = new(ContentTypes),
        Forms = new(Forms),
    };

    /// <summary>A type found by key, else by alias (as uSync resolves references), of the given kind.</summary>
    public ContentType? FindContentType(Guid key, string? alias, ContentTypeKind kind)
    {
        var byKey = ContentTypes.GetValueOrDefault(key);
        if (byKey is not null)
        {
            return byKey.Kind == kind ? byKey : null;
        }
        return alias is null
            ? null
            : ContentTypes.Values.FirstOrDefault(t => t.Kind == kind && string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase));
    }

    public DictionaryItem? FindDictionaryItem(string itemKey) =>
        DictionaryItems.Values.FirstOrDefault(i => string.Equals(i.ItemKey, itemKey, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Loads the engine's current configuration items into a <see cref="SyncState"/>.</summary>
internal sealed class SyncStateLoader(
    ILanguageService languages, IDictionaryService dictionary, IDataTypeService dataTypes, IContentTypeService contentTypes, IFormService forms)
{
    public async Task<SyncState> LoadAsync(CancellationToken cancellationToken)
    {
        var state = new SyncState();
        foreach (var language in await languages.GetAllAsync(cancellationToken))
        {
            state.Languages[language.Key] = language;
        }
        foreach (var item in await dictionary.GetAllAsync(cancellationToken))
        {
            state.DictionaryItems[item.Key] = item;
        }
        foreach (var dataType in await dataTypes.GetAllAsync(cancellationToken))
        {
            state.DataTypes[dataType.Key] = dataType;
        }
        foreach (var contentType in await contentTypes.GetAllAsync(cancellationToken))
        {
            state.ContentTypes[contentType.Key] = contentType;
        }
        foreach (var form in await forms.GetAllAsync(cancellationToken))
        {
            state.Forms[form.Key] = form;
        }
        return state;
    }
}
