using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Tests.Testing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.PropertyEditors;

/// <summary>
/// Editors whose folder offers only an index value provider (markdown, TinyMCE rich text from before Umbraco 14, and
/// Umbraco 17's date editors): their values land in ExternalIndex as text and as dates.
/// </summary>
public sealed class IndexOnlyEditorTests : IAsyncLifetime
{
    private static readonly DataType Markdown = DataTypeOf("Markdown", Aliases.MarkdownEditor);
    private static readonly DataType TinyMce = DataTypeOf("Legacy rich text", "Umbraco.TinyMCE");
    private static readonly DataType DateOnly = DataTypeOf("Day", Aliases.DateOnly);
    private static readonly DataType DateTimeUnspecified = DataTypeOf("Local time", Aliases.DateTimeUnspecified);
    private static readonly DataType DateTimeWithTimeZone = DataTypeOf("Zoned time", Aliases.DateTimeWithTimeZone);

    private static readonly ContentType Note = new ContentTypeBuilder("note")
        .AddProperty("notes", Markdown)
        .AddProperty("legacyBody", TinyMce)
        .AddProperty("day", DateOnly)
        .AddProperty("localTime", DateTimeUnspecified)
        .AddProperty("meetingAt", DateTimeWithTimeZone)
        .Build();

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(configure: b => b.AddSearch());
        foreach (var dataType in new[] { Markdown, TinyMce, DateOnly, DateTimeUnspecified, DateTimeWithTimeZone })
        {
            await _engine.DataTypes.SaveAsync(dataType);
        }
        await _engine.ContentTypes.SaveAsync(Note);
        var site = (await _engine.ContentTypes.GetAsync("site"))!;
        site.AllowedChildren.Add(new AllowedChildType(Note.Key, Note.Alias, 1));
        await _engine.ContentTypes.SaveAsync(site);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Markdown_and_TinyMCE_rich_text_are_indexed_by_their_words_not_their_markup()
    {
        await PublishNoteAsync(note =>
        {
            note.SetValue("notes", "**Cake** welcome");
            note.SetValue("legacyBody", "<p>Bring <strong>tea</strong></p>");
        });

        Assert.Equal(1, Count("notes", "cake"));
        Assert.Equal(1, Count("legacyBody", "tea"));
        Assert.Equal(0, Count("legacyBody", "strong"));
    }

    [Fact]
    public async Task Umbraco_17_date_editors_are_indexed_as_UTC_dates()
    {
        await PublishNoteAsync(note =>
        {
            note.SetValue("day", "2026-07-01");
            note.SetValue("localTime", "2026-07-01T09:30:00");
            note.SetValue("meetingAt", new { date = "2026-07-01T09:30:00+08:00", timeZone = "Asia/Hong_Kong" });
        });

        var document = StoredDocument();

        Assert.Equal(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, document.GetField("day").GetInt64Value());
        Assert.Equal(new DateTime(2026, 7, 1, 9, 30, 0, DateTimeKind.Utc).Ticks, document.GetField("localTime").GetInt64Value());
        Assert.Equal(new DateTime(2026, 7, 1, 1, 30, 0, DateTimeKind.Utc).Ticks, document.GetField("meetingAt").GetInt64Value());
    }

    private async Task PublishNoteAsync(Action<ContentItem> fill)
    {
        var site = await _engine.PublishSiteAsync();
        var note = await _engine.Content.CreateAsync("Meeting note", site.Id, Note.Alias);
        fill(note);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(note, ["*"]));
        await _engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
    }

    private Lucene.Net.Documents.Document StoredDocument()
    {
        using var lease = _engine.Services.GetRequiredService<SearchIndexes>()[IndexNames.External].Acquire();
        var hit = lease.Searcher.Search(new TermQuery(new Term(IndexFieldNames.NodeTypeAlias, Note.Alias)), 1).ScoreDocs.Single();
        return lease.Searcher.Doc(hit.Doc);
    }

    private int Count(string field, string term)
    {
        using var lease = _engine.Services.GetRequiredService<SearchIndexes>()[IndexNames.External].Acquire();
        return lease.Searcher.Search(new TermQuery(new Term(field, term)), 10).TotalHits;
    }

    private static DataType DataTypeOf(string name, string editor) =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editor, ConfigurationJson = "{}" };
}
