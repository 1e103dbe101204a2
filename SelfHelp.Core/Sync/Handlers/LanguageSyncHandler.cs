using System.Xml;
using System.Xml.Linq;
using SelfHelp.Core.Languages;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Languages: <c>Languages/en-us.config</c>, one per ISO code.</summary>
internal sealed class LanguageSyncHandler(ILanguageService languages, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : SyncHandlerBase<Language>(files, stateLoader)
{
    public override string ItemType => "Language";
    public override string Folder => "Languages";
    public override int Priority => SyncPriority.Languages;

    protected override Language Deserialize(XElement node) => new(
        node.KeyAttribute(),
        node.RequiredText("IsoCode"),
        node.RequiredText("Name"),
        node.Bool("IsDefault"),
        node.Bool("IsMandatory"));

    public override XElement Serialize(Language item, SyncState state) =>
        new("Language",
            new XAttribute("Key", item.Key),
            new XAttribute("Alias", item.IsoCode),
            new XAttribute("Level", 0),
            new XElement("Name", item.Name),
            new XElement("IsoCode", item.IsoCode),
            new XElement("IsMandatory", XmlConvert.ToString(item.IsMandatory)),
            new XElement("IsDefault", XmlConvert.ToString(item.IsDefault)));

    protected override Guid KeyOf(Language item) => item.Key;
    protected override string AliasOf(Language item) => item.IsoCode;
    protected override string FileNameOf(Language item) => item.IsoCode.ToSafeFileName(shortStrings);
    protected override Dictionary<Guid, Language> ItemsIn(SyncState state) => state.Languages;

    protected override IEnumerable<USyncProblem> CheckAll(IReadOnlyList<(SyncFile File, Language Item)> items, SyncState planned)
    {
        var defaults = items.Where(i => i.Item.IsDefault).ToList();
        foreach (var (file, _) in defaults.Skip(1))
        {
            yield return new USyncProblem(file.Path, $"only one language can be the default, and {defaults[0].File.Path} already is.");
        }
        if (planned.Languages.Count > 0 && !planned.Languages.Values.Any(l => l.IsDefault))
        {
            yield return new USyncProblem(Folder, "no language is the default; set <IsDefault>true</IsDefault> on one.");
        }
    }

    protected override Task SaveAsync(Language item, CancellationToken cancellationToken) => languages.SaveAsync(item, cancellationToken);

    protected override Task DeleteAsync(Language item, CancellationToken cancellationToken) => languages.DeleteAsync(item.IsoCode, cancellationToken);
}
