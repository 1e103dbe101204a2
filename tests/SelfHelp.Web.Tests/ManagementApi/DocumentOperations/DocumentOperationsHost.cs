using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

/// <summary>The Management API host with bilingual content pages made on demand under the demo site's home page.</summary>
public sealed class DocumentOperationsHost : ManagementApiHost
{
    public const string Management = "/umbraco/management/api/v1";
    public static readonly Guid Home = Guid.Parse("a0000000-0000-4000-8000-000000000001");

    /// <summary>A content page (published unless told otherwise) under <paramref name="parent"/> (the home page when null).</summary>
    public async Task<ContentItem> PageAsync(string english, string? chinese = null, ContentItem? parent = null, bool publish = true)
    {
        var parentId = parent?.Id ?? (await Content.GetAsync(Home))!.Id;
        var page = await Content.CreateAsync(english, parentId, "contentPage", "en-US");
        page.SetValue("title", english + " title", "en-US");
        if (chinese is not null)
        {
            page.SetName(chinese, "zh-HK");
            page.SetValue("title", chinese + "標題", "zh-HK");
        }
        var saved = publish ? await Content.PublishAsync(page, ["*"]) : await Content.SaveAsync(page);
        Assert.True(saved.Succeeded, saved.Message);
        return saved.Value!;
    }

    /// <summary>A client signed in as a new user in <paramref name="groups"/>, with that user's key (their Identity id).</summary>
    public async Task<(HttpClient Client, Guid UserKey)> SignedInUserAsync(params string[] groups)
    {
        var email = $"docops-{Guid.NewGuid():N}@selfhelp.example";
        await StaffAccounts.CreateAsync(Services, email, Password, groups);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffAccounts.TokenAsync(client, email, Password));
        using var scope = Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(email);
        return (client, Guid.Parse(account!.Id));
    }
}
