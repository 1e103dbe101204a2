namespace SelfHelp.Core.Journal;

/// <summary>What a journal row says changed (Umbraco's cache refresher per entity type).</summary>
public enum JournalKind
{
    Content,
    Media,
    ContentType,
    DataType,
    Language,
    Dictionary,
    Redirect,
    Form,
}
