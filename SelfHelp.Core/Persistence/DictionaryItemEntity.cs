namespace SelfHelp.Core.Persistence;

/// <summary>A dictionary item with its translations as a JSON object of ISO code to text.</summary>
internal sealed class DictionaryItemEntity
{
    public Guid Key { get; set; }
    public required string ItemKey { get; set; }
    public Guid? ParentKey { get; set; }
    public required string TranslationsJson { get; set; }
}
