using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Bench.Delivery;

/// <summary>
/// Fills every property a seeded item's type has with a value its data type accepts: bilingual texts for the
/// culture-varying ones, taxonomy values chosen from the data type's own items, dates, numbers and group pickers.
/// A seeded random makes every run seed the same site.
/// </summary>
internal sealed class ValueGenerator(IContentTypeService contentTypes, IDataTypeService dataTypes, Random random)
{
    private static readonly string[] EnglishWords = ["Carers", "Parents", "Recovery", "Friends", "Neighbours", "Kinship", "Harbour", "Sunrise", "Hope", "Circle", "Bridge", "Lantern"];
    private static readonly string[] ChineseWords = ["照顧者", "家長", "復元", "同行", "街坊", "親屬", "海港", "晨曦", "希望", "圓桌", "橋樑", "燈籠"];

    public Guid[] Groups { get; set; } = [];

    public (string English, string Chinese) GroupName(int i) =>
        ($"{Pick(EnglishWords)} {Pick(EnglishWords)} mutual help group {i + 1}", $"{Pick(ChineseWords)}{Pick(ChineseWords)}互助小組 第{i + 1}組");

    public (string English, string Chinese) StoryName(int i) =>
        ($"How the {Pick(EnglishWords).ToLowerInvariant()} group found its way, story {i + 1}", $"{Pick(ChineseWords)}小組的故事 之{i + 1}");

    public (string English, string Chinese) WorkshopName(int i) =>
        ($"Organising skills workshop {i + 1}: {Pick(EnglishWords).ToLowerInvariant()}", $"組織技巧工作坊 {i + 1}：{Pick(ChineseWords)}");

    public async Task<ContentItem> CreateAsync(IContentService content, string typeAlias, int parentId, (string English, string Chinese) name)
    {
        var type = await contentTypes.GetAsync(typeAlias) ?? throw new InvalidOperationException($"uSync has no type {typeAlias}.");
        var item = await content.CreateAsync(name.English, parentId, typeAlias, "en-US");
        item.SetName(name.Chinese, "zh-HK");
        foreach (var property in type.Properties)
        {
            var dataType = await dataTypes.GetAsync(property.DataTypeKey);
            if (dataType is null)
            {
                continue;
            }
            if (property.VariesByCulture)
            {
                item.SetValue(property.Alias, Text(property, dataType, name.English, english: true), "en-US");
                item.SetValue(property.Alias, Text(property, dataType, name.Chinese, english: false), "zh-HK");
            }
            else
            {
                item.SetValue(property.Alias, Invariant(property, dataType));
            }
        }
        return item;
    }

    private object? Text(PropertyType property, DataType dataType, string name, bool english) => dataType.EditorAlias switch
    {
        Aliases.TextBox when property.Alias is "name" or "title" => name,
        Aliases.TextBox => english ? $"{Pick(EnglishWords)} community centre, room {random.Next(1, 30)}" : $"{Pick(ChineseWords)}社區中心 {random.Next(1, 30)}室",
        Aliases.TextArea => english ? $"A group for people who share the same challenge. {Sentence()}" : $"為面對相同挑戰的人而設的小組。{ChineseSentence()}",
        Aliases.RichText => new
        {
            markup = english
                ? $"<p>{Sentence()}</p><p>{Sentence()} {Sentence()}</p><h2>How we meet</h2><p>{Sentence()}</p>"
                : $"<p>{ChineseSentence()}</p><p>{ChineseSentence()}{ChineseSentence()}</p><h2>聚會方式</h2><p>{ChineseSentence()}</p>",
            blocks = (object?)null,
        },
        _ => null,
    };

    private object? Invariant(PropertyType property, DataType dataType) => (dataType.EditorAlias, property.Alias) switch
    {
        (_, "consentStatus") => new[] { random.Next(10) == 0 ? "pending" : "given" },
        (_, "embargoUntil") => null,
        (Aliases.CheckBoxList, _) => Some(dataType.GetStringList("items"), 1, 3),
        (Aliases.DropDownListFlexible, _) when dataType.Configuration.TryGetProperty("multiple", out var m) && m.ValueKind == JsonValueKind.True =>
            Some(dataType.GetStringList("items"), 1, 2),
        (Aliases.DropDownListFlexible or Aliases.RadioButtonList, _) => dataType.GetStringList("items") is { Count: > 0 } list ? new[] { list[random.Next(list.Count)] } : null,
        (Aliases.Boolean, _) => random.Next(3) != 0,
        (Aliases.Integer, "foundedYear") => random.Next(1985, 2026),
        (Aliases.Integer, _) => random.Next(10, 41),
        (Aliases.DateTime, "startsAt") => Start(property),
        (Aliases.DateTime, "endsAt") => null,
        (Aliases.DateTime, _) => DateTime.UtcNow.AddDays(-random.Next(30, 3000)).ToString("yyyy-MM-ddTHH:mm:ssZ"),
        (Aliases.Tags, _) => new[] { Pick(EnglishWords).ToLowerInvariant(), Pick(EnglishWords).ToLowerInvariant() }.Distinct().ToArray(),
        (Aliases.MultiNodeTreePicker, "group") when Groups.Length > 0 => new[] { Groups[random.Next(Groups.Length)].ToString() },
        _ => null,
    };

    private string Start(PropertyType property) =>
        DateTime.UtcNow.Date.AddDays(random.Next(-365, 365)).AddHours(random.Next(9, 19)).ToString("yyyy-MM-ddTHH:mm:ssZ");

    private string[]? Some(IReadOnlyList<string> items, int min, int max) =>
        items.Count == 0 ? null : items.OrderBy(_ => random.Next()).Take(Math.Min(items.Count, random.Next(min, max + 1))).ToArray();

    private string Sentence() => $"Members of the {Pick(EnglishWords).ToLowerInvariant()} circle meet every {Pick(["Monday", "Wednesday", "Saturday"])} to share what helped them.";

    private string ChineseSentence() => $"{Pick(ChineseWords)}小組的組員逢星期{Pick(["一", "三", "六"])}聚會，分享對自己有幫助的經驗。";

    private string Pick(string[] words) => words[random.Next(words.Length)];
}
