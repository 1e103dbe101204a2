using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>Builds a story: <c>engine.Story("Title").Summary("...").Topics("carers").PublishAsync()</c>; consent is given unless said otherwise.</summary>
public sealed class StoryBuilder(TestEngine engine, int parentId, string englishTitle)
{
    private readonly Dictionary<(string Alias, string? Culture), object> _values = new() { [("consentStatus", null)] = new[] { "given" } };
    private string? _chineseTitle;

    public StoryBuilder Chinese(string title)
    {
        _chineseTitle = title;
        return this;
    }

    public StoryBuilder Summary(string text, string culture = English) => Set("summary", text, culture);

    public StoryBuilder Body(string markup, string culture = English) => Set("body", new { markup }, culture);

    public StoryBuilder Consent(string status) => Set("consentStatus", new[] { status });

    public StoryBuilder Topics(params string[] topics) => Set("topics", topics);

    public StoryBuilder District(string district) => Set("district", new[] { district });

    public StoryBuilder Languages(params string[] languages) => Set("languages", languages);

    public StoryBuilder Themes(params string[] themes) => Set("themes", themes);

    public StoryBuilder InterviewDate(DateTime date) => Set("interviewDate", date.ToString("yyyy-MM-ddTHH:mm:ss"));

    public StoryBuilder EmbargoUntil(DateTime date) => Set("embargoUntil", date.ToString("yyyy-MM-dd HH:mm:ss"));

    public StoryBuilder ReleaseForm(string text) => Set("releaseForm", text);

    public async Task<ContentItem> SaveAsync() => TestEngine.Succeeded(await engine.Content.SaveAsync(await BuildAsync()));

    /// <summary>Publishes the given cultures, or every culture the story has a title in.</summary>
    public async Task<ContentItem> PublishAsync(params string[] cultures) =>
        TestEngine.Succeeded(await engine.Content.PublishAsync(await BuildAsync(), cultures.Length == 0 ? ["*"] : cultures));

    private StoryBuilder Set(string alias, object value, string? culture = null)
    {
        _values[(alias, culture)] = value;
        return this;
    }

    private async Task<ContentItem> BuildAsync()
    {
        var story = await engine.Content.CreateAsync(englishTitle, parentId, "story", English);
        story.SetValue("title", englishTitle, English);
        if (_chineseTitle is not null)
        {
            story.SetName(_chineseTitle, TestSchema.Chinese);
            story.SetValue("title", _chineseTitle, TestSchema.Chinese);
        }
        foreach (var ((alias, culture), value) in _values)
        {
            story.SetValue(alias, value, culture);
        }
        return story;
    }
}
