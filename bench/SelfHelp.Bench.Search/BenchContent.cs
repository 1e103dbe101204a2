using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Bench.Search;

/// <summary>
/// Synthetic bilingual stories, made straight into published-cache nodes (no content service, no storage), so the
/// benchmark times the indexer and the searches and nothing else. Seeded, so every run indexes the same text.
/// </summary>
internal static class BenchContent
{
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    public static readonly string[] Topics = ["mental-health", "carers", "addiction", "grief", "older-people", "family"];
    public static readonly string[] Districts = ["sham-shui-po", "wan-chai", "sha-tin", "kwun-tong", "tuen-mun", "eastern", "yuen-long", "islands"];
    private static readonly string[] SpokenLanguages = ["cantonese", "english", "mandarin"];

    private static readonly string[] EnglishDomainWords = ("group groups support carers caring volunteers volunteer meeting meetings weekly monthly " +
        "members member family families parents children mental health recovery addiction grief loss older people community " +
        "centre district organiser organisers organising leadership funding partnership difficulties successes story stories history " +
        "interview oral shared sharing experience experiences help mutual self started founded years together training workshop " +
        "workshops hospital social worker workers network friends listening talk talks city hong kong kowloon island new territories " +
        "volunteering activities outing outings newsletter committee chairperson treasurer venue church school library online phone " +
        "message patients illness disability diabetes cancer stroke dementia autism hearing visual rare disease caregivers respite " +
        "courage hope trust learning growing sustaining renewing forming challenge challenges change changes government policy " +
        "advocacy rights services service resources grants donations fundraising members' mothers fathers sisters brothers " +
        "elderly youth students teachers doctors nurses therapy counselling peer peers circle circles gathering gatherings").Split(' ');

    private static readonly string[] ChineseDomainWords = ("自助 互助 小組 組織 照顧者 義工 聚會 每週 每月 會員 家庭 家長 兒童 精神健康 康復 " +
        "成癮 哀傷 長者 社區 中心 地區 深水埗 灣仔 沙田 觀塘 屯門 東區 元朗 離島 組織者 領導 資金 合作 困難 成功 故事 歷史 訪問 " +
        "口述 分享 經驗 幫助 成立 多年 一起 培訓 工作坊 醫院 社工 網絡 朋友 聆聽 講座 香港 九龍 新界 活動 通訊 委員會 主席 " +
        "場地 教會 學校 圖書館 網上 電話 病人 疾病 殘疾 糖尿病 癌症 中風 認知障礙 自閉症 罕見病 暫托 勇氣 希望 信任 學習 成長 " +
        "持續 更新 挑戰 改變 政府 政策 倡議 權益 服務 資源 捐款 籌款 母親 父親 青年 學生 老師 醫生 護士 治療 輔導 朋輩").Split(' ');

    // Query words sit at fixed ranks, so queries match about as much as they would in real text: "group" is common,
    // "carers" much less so. The other domain words spread over the middle ranks, a long tail of made-up words after.
    private static readonly Vocabulary EnglishWords = new(EnglishDomainWords, 5000,
        new Dictionary<string, int> { ["group"] = 12, ["support"] = 45, ["volunteers"] = 90, ["carers"] = 160 }, Syllables(" "));

    private static readonly Vocabulary ChineseWords = new(ChineseDomainWords, 3000,
        new Dictionary<string, int> { ["小組"] = 15, ["互助"] = 70, ["自助"] = 40 }, HanPairs());

    public static IReadOnlyList<ContentType> Types() =>
    [
        new ContentType
        {
            Key = Guid.NewGuid(), Alias = "story", Name = "Story", Variations = ContentVariation.Culture,
            Properties =
            [
                Property("title", Aliases.TextBox, varies: true),
                Property("summary", Aliases.TextArea, varies: true),
                Property("body", Aliases.RichText, varies: true),
                Property("consentStatus", Aliases.DropDownListFlexible),
                Property("topics", Aliases.CheckBoxList),
                Property("district", Aliases.DropDownListFlexible),
                Property("languages", Aliases.CheckBoxList),
                Property("interviewDate", Aliases.DateTime),
            ],
        },
    ];

    /// <summary>A site root, 100 sections and <paramref name="count"/> stories spread across them.</summary>
    internal static List<PublishedNode> Nodes(int count, int seed = 17)
    {
        var random = new Random(seed);
        var date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var nodes = new List<PublishedNode> { Node(1, ContentItem.RootId, "-1,1", "site", Invariant("Site"), date, varies: false) };
        const int sections = 100;
        for (var s = 0; s < sections; s++)
        {
            var id = 2 + s;
            nodes.Add(Node(id, 1, $"-1,1,{id}", "section", Invariant($"Section {s}"), date, varies: false));
        }
        for (var i = 0; i < count; i++)
        {
            var id = 1000 + i;
            var section = 2 + (i % sections);
            nodes.Add(Node(id, section, $"-1,1,{section},{id}", "story", Story(random, i), date.AddMinutes(i), varies: true));
        }
        return nodes;
    }

    private static ContentData Story(Random random, int i)
    {
        var data = new ContentData();
        var english = $"{Capitalised(Words(random, EnglishWords, 3, 6, " "))} {i}";
        var chinese = $"{Words(random, ChineseWords, 2, 4, "")}{i}";
        data.Names[English] = english;
        data.Names[Chinese] = chinese;
        Set(data, "title", English, english);
        Set(data, "title", Chinese, chinese);
        Set(data, "summary", English, Capitalised(Words(random, EnglishWords, 15, 25, " ")) + ".");
        Set(data, "summary", Chinese, Words(random, ChineseWords, 8, 12, "") + "。");
        Set(data, "body", English, new { markup = $"<p>{Capitalised(Words(random, EnglishWords, 40, 60, " "))}.</p><p>{Capitalised(Words(random, EnglishWords, 40, 60, " "))}.</p>" });
        Set(data, "body", Chinese, new { markup = $"<p>{Words(random, ChineseWords, 25, 35, "")}。</p><p>{Words(random, ChineseWords, 25, 35, "")}。</p>" });
        Set(data, "consentStatus", ContentData.Invariant, new[] { "given" });
        Set(data, "topics", ContentData.Invariant, new[] { Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)] }.Distinct().ToArray());
        Set(data, "district", ContentData.Invariant, new[] { Districts[random.Next(Districts.Length)] });
        Set(data, "languages", ContentData.Invariant, new[] { SpokenLanguages[random.Next(SpokenLanguages.Length)] });
        Set(data, "interviewDate", ContentData.Invariant, new DateTime(2015, 1, 1).AddDays(random.Next(4000)).ToString("yyyy-MM-ddTHH:mm:ss"));
        return data;
    }

    private static string Words(Random random, Vocabulary vocabulary, int min, int max, string separator) =>
        string.Join(separator, Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => vocabulary.Next(random)));

    private static IEnumerable<string> Syllables(string unused)
    {
        string[] parts = ["ka", "lo", "mi", "ren", "tos", "vel", "dra", "quin", "sho", "pa", "ter", "nu", "gal", "bri", "zen", "fo"];
        foreach (var a in parts)
        {
            foreach (var b in parts)
            {
                foreach (var c in parts)
                {
                    yield return a + b + c;
                }
            }
        }
    }

    private static IEnumerable<string> HanPairs()
    {
        const string chars = "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台象記邊共風戰干接它許八特覺望直服毛林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黃德收臉錢黨倒未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單據導影失拿網香似斯專石若兵弟誰校讀志飛觀爭究包組造落視濟喜離虽壞";
        var random = new Random(3);
        for (var i = 0; i < 5000; i++)
        {
            yield return $"{chars[random.Next(chars.Length)]}{chars[random.Next(chars.Length)]}";
        }
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static ContentData Invariant(string name)
    {
        var data = new ContentData();
        data.Names[ContentData.Invariant] = name;
        return data;
    }

    private static void Set(ContentData data, string alias, string culture, object value) =>
        data.SetValue(alias, culture, JsonSerializer.SerializeToElement(value, ContentJson.Options));

    private static PublishedNode Node(int id, int parentId, string path, string type, ContentData data, DateTime date, bool varies)
    {
        var cultures = varies ? [English, Chinese] : new[] { ContentData.Invariant };
        var published = cultures.ToDictionary(c => c, c => new PublishedCultureInfo(date, $"item-{id}{(c == Chinese ? "-zh" : "")}"), StringComparer.OrdinalIgnoreCase);
        return new PublishedNode(id, Guid.NewGuid(), NodeObjectType.Document, type, varies, parentId, path.Count(c => c == ',') , path,
            id, date, date, 1, data, published);
    }

    private static PropertyType Property(string alias, string editor, bool varies = false) => new()
    {
        Key = Guid.NewGuid(), Alias = alias, Name = alias, DataTypeKey = Guid.NewGuid(), EditorAlias = editor,
        Variations = varies ? ContentVariation.Culture : ContentVariation.Nothing,
    };
}

/// <summary>Words drawn with Zipf's law (the word at rank r about 1/r as often as the commonest), as in real text.</summary>
internal sealed class Vocabulary
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public Vocabulary(string[] domain, int size, IReadOnlyDictionary<string, int> placed, IEnumerable<string> filler)
    {
        _words = new string[size];
        foreach (var (word, rank) in placed)
        {
            _words[rank] = word;
        }
        var next = 5;
        foreach (var word in domain.Where(w => !placed.ContainsKey(w)))
        {
            while (_words[next] is not null)
            {
                next++;
            }
            _words[next] = word;
            next += 4;
        }
        using var more = filler.GetEnumerator();
        for (var i = 0; i < size; i++)
        {
            if (_words[i] is null && more.MoveNext())
            {
                _words[i] = more.Current;
            }
        }
        _cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
        {
            total += 1.0 / (i + 1);
            _cumulative[i] = total;
        }
        for (var i = 0; i < size; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[index < 0 ? ~index : index];
    }
}

/// <summary>The published cache the benchmark hands the search engine: the synthetic snapshot, nothing loaded from storage.</summary>
internal sealed class BenchPublishedContentCache : IPublishedContentCache
{
    public PublishedSnapshot Current { get; set; } = null!;

    public Task RebuildAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task RefreshAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
