using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Documents;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Documents.DocumentRequests;

namespace SelfHelp.Web.Tests.ManagementApi.Documents;

/// <summary>
/// Start nodes and granular permissions, which no seeded group grants yet (user management sets them), checked on
/// users made here against the demo site's tree.
/// </summary>
public sealed class DocumentAccessTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private static readonly Guid Home = Guid.Parse("a0000000-0000-4000-8000-000000000001");

    [Fact]
    public async Task A_start_node_opens_itself_and_what_lies_beneath_it_but_not_its_ancestors()
    {
        using var scope = host.Services.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<DocumentAccess>();
        var user = User(startNodes: [StoryLibrary]);
        var library = (await host.Content.GetAsync(StoryLibrary))!;
        var story = (await host.Content.GetChildrenPageAsync(library.Id, 0, 1)).Items.Single();

        Assert.True(await access.IsWithinStartNodesAsync(user, library, default));
        Assert.True(await access.IsWithinStartNodesAsync(user, story, default));
        Assert.False(await access.IsWithinStartNodesAsync(user, (await host.Content.GetAsync(Home))!, default));
        Assert.False(await access.AllowsAsync(user, null, DocumentPermissions.Create, default));
    }

    [Fact]
    public async Task A_granular_permission_on_a_document_replaces_the_fallback_verbs_beneath_it()
    {
        using var scope = host.Services.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<DocumentAccess>();
        var user = User(startNodes: [], granular: new() { [StoryLibrary] = new HashSet<string> { DocumentPermissions.Read } });
        var library = (await host.Content.GetAsync(StoryLibrary))!;
        var story = (await host.Content.GetChildrenPageAsync(library.Id, 0, 1)).Items.Single();

        Assert.True(await access.AllowsAsync(user, story, DocumentPermissions.Read, default));
        Assert.False(await access.AllowsAsync(user, story, DocumentPermissions.Update, default));
        Assert.True(await access.AllowsAsync(user, (await host.Content.GetAsync(Home))!, DocumentPermissions.Update, default));
    }

    private static BackOfficeUser User(IReadOnlyList<Guid> startNodes, Dictionary<Guid, IReadOnlySet<string>>? granular = null) => new()
    {
        Key = Guid.NewGuid(), Email = "access@selfhelp.example", Name = "access@selfhelp.example",
        UserGroupAliases = new HashSet<string> { BackOfficeUserGroups.Editor },
        AllowedSections = new HashSet<string> { BackOfficeSections.Content },
        FallbackPermissions = new HashSet<string> { DocumentPermissions.Read, DocumentPermissions.Create, DocumentPermissions.Update },
        DocumentPermissionsByKey = granular ?? [],
        DocumentStartNodeKeys = startNodes,
        HasAccessToSensitiveData = false, IsAdmin = false,
    };
}
