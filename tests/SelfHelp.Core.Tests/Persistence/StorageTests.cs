using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Persistence;

/// <summary>What storage must guarantee, on every provider: SQLite always, PostgreSQL when a server is configured.</summary>
public sealed class StorageTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task Content_survives_a_restart_with_drafts_published_values_and_history(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var site = await engine.PublishSiteAsync();
        var page = await engine.SavePageAsync(site.Id, "Mutual help", "互助");
        page.SetValue("capacity", 30);
        page.SetValue("eventDate", "2027-01-09T10:00:00");
        TestEngine.Succeeded(await engine.Content.PublishAsync(page, [Chinese]));
        page.SetValue("title", "Draft only", English);
        TestEngine.Succeeded(await engine.Content.SaveAsync(page));

        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        Assert.Equal(provider == DatabaseOptions.SqliteProvider ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);

        await engine.Cache.RebuildAsync();
        var stored = (await engine.Content.GetAsync(page.Key))!;
        Assert.Equal("Draft only", stored.GetValue<string>("title", English));
        Assert.Equal(30, stored.GetValue<int>("capacity"));
        Assert.True(stored.IsPublished(Chinese));
        Assert.False(stored.IsPublished(English));
        var live = engine.Cache.Current.GetByRoute("/互助/", Chinese)!;
        Assert.Equal("互助標題", live.GetValue<string>("title", Chinese));
        Assert.Equal(new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), live.Cultures[Chinese].PublishDate);
        Assert.Equal(3, (await engine.Content.GetVersionsAsync(page.Id)).Count);
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task A_save_from_a_stale_copy_is_refused_instead_of_overwriting(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var site = await engine.PublishSiteAsync();
        var page = await engine.SavePageAsync(site.Id, "Glossary");
        var editorA = (await engine.Content.GetAsync(page.Id))!;
        var editorB = (await engine.Content.GetAsync(page.Id))!;

        editorA.SetValue("title", "Edited by A", English);
        TestEngine.Succeeded(await engine.Content.SaveAsync(editorA));
        editorB.SetValue("title", "Edited by B", English);
        var conflict = await engine.Content.SaveAsync(editorB);

        Assert.Equal(OperationStatus.ConcurrencyConflict, conflict.Status);
        Assert.Equal("Edited by A", (await engine.Content.GetAsync(page.Id))!.GetValue<string>("title", English));
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task Concurrent_saves_of_different_items_all_land(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var site = await engine.PublishSiteAsync();

        var saved = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => engine.SavePageAsync(site.Id, $"Group {i}"))));

        Assert.Equal(20, (await engine.Content.GetChildrenAsync(site.Id)).Count);
        Assert.Equal(Enumerable.Range(0, 20), saved.Select(p => p.SortOrder).Order());
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task Types_and_languages_are_stored_whole(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);

        var page = (await engine.ContentTypes.GetAsync("page"))!;

        Assert.True(page.VariesByCulture);
        Assert.Equal(Page.Properties.Select(p => (p.Alias, p.Mandatory, p.VariesByCulture, p.ValidationRegExp)),
            page.Properties.Select(p => (p.Alias, p.Mandatory, p.VariesByCulture, p.ValidationRegExp)));
        Assert.Equal([English, Chinese], (await engine.Languages.GetAllAsync()).Select(l => l.IsoCode));
        Assert.Equal("""{"items":["forming","growing"]}""", (await engine.DataTypes.GetAsync(Stage.Key))!.ConfigurationJson);
    }

    [Fact]
    public async Task The_sqlite_file_lives_in_app_data_in_write_ahead_log_mode()
    {
        await using var engine = await TestEngine.StartAsync();

        var file = Path.Combine(engine.Folder, "App_Data", "SelfHelp.sqlite.db");
        Assert.True(File.Exists(file));
        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
