using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Content;

public sealed class ChildrenPagingTests : PublishedSiteTest
{
    private const int FolderSize = 10_000;

    [Fact]
    public async Task A_page_of_a_large_folder_is_read_in_sort_order_with_the_folders_total()
    {
        var folder = await Engine.SavePageAsync(Site.Id, "Archive");
        await AddChildrenAsync(folder, FolderSize);

        var page = await Engine.Content.GetChildrenPageAsync(folder.Id, skip: 100, take: 50);

        Assert.Equal(FolderSize, page.Total);
        Assert.Equal(Enumerable.Range(100, 50), page.Items.Select(i => i.SortOrder));
        Assert.Equal("Child 100", page.Items[0].GetName(TestSchema.English));
        Assert.All(page.Items, i => Assert.Equal(folder.Id, i.ParentId));
    }

    [Fact]
    public async Task The_last_page_holds_what_is_left_and_a_page_past_the_end_is_empty()
    {
        var folder = await Engine.SavePageAsync(Site.Id, "Archive");
        await AddChildrenAsync(folder, 120);

        Assert.Equal(20, (await Engine.Content.GetChildrenPageAsync(folder.Id, skip: 100, take: 50)).Items.Count);
        var past = await Engine.Content.GetChildrenPageAsync(folder.Id, skip: 500, take: 50);
        Assert.Empty(past.Items);
        Assert.Equal(120, past.Total);
    }

    [Fact]
    public async Task Which_items_have_children_comes_without_reading_the_children_and_leaves_out_leaves()
    {
        var folder = await Engine.SavePageAsync(Site.Id, "Archive");
        var leaf = await Engine.SavePageAsync(Site.Id, "Leaf");
        await AddChildrenAsync(folder, FolderSize);

        var withChildren = await Engine.Content.GetIdsWithChildrenAsync([folder.Id, leaf.Id, Site.Id]);

        Assert.Equal([Site.Id, folder.Id], withChildren.Order());
    }

    [Fact]
    public async Task An_items_position_among_its_siblings_is_its_index_in_the_pages()
    {
        var folder = await Engine.SavePageAsync(Site.Id, "Archive");
        await AddChildrenAsync(folder, 300);
        var target = (await Engine.Content.GetChildrenPageAsync(folder.Id, skip: 237, take: 1)).Items.Single();

        Assert.Equal(237, await Engine.Content.CountSiblingsBeforeAsync(target));
    }

    [Fact]
    public async Task Items_are_found_by_id_and_by_key_and_unknown_ones_are_left_out()
    {
        var first = await Engine.SavePageAsync(Site.Id, "First");
        var second = await Engine.SavePageAsync(Site.Id, "Second");

        Assert.Equal([first.Key, second.Key], (await Engine.Content.GetManyAsync([second.Id, first.Id, 999_999])).Select(i => i.Key));
        Assert.Equal([first.Id], (await Engine.Content.GetManyAsync([first.Key, Guid.NewGuid()])).Select(i => i.Id));
    }

    /// <summary>
    /// Rows written straight to the table, as an import would leave them: saving ten thousand items one by one through
    /// the engine would make this test slow without testing anything more about reading them.
    /// </summary>
    private async Task AddChildrenAsync(ContentItem parent, int count)
    {
        await using var db = Engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var firstId = await db.Nodes.MaxAsync(n => n.Id) + 1;
        var now = Engine.Clock.GetUtcNow().UtcDateTime;
        // Inserted in reverse, so that reading in insertion order would fail the sort order checks.
        for (var i = count - 1; i >= 0; i--)
        {
            var data = new ContentData();
            data.Names[TestSchema.English] = $"Child {i}";
            db.Nodes.Add(new NodeEntity
            {
                Id = firstId + i, Key = Guid.NewGuid(), ObjectType = NodeObjectType.Document, ContentTypeAlias = "page",
                ParentId = parent.Id, Level = parent.Level + 1, Path = $"{parent.Path},{firstId + i}", SortOrder = i,
                CreateDate = now, UpdateDate = now, DraftJson = NodeMapper.Write(data),
            });
        }
        await db.SaveChangesAsync();
    }
}
