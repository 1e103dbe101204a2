using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;
using SkiaSharp;

namespace SelfHelp.Web.Tests.ManagementApi.Media;

/// <summary>
/// The Management API host where a test can give a signed-in user media start nodes (no screen sets them yet): the
/// user's groups still come from Identity, only their start nodes are added.
/// </summary>
public sealed class MediaApiHost : ManagementApiHost
{
    public const string ManagementApiPath = "/umbraco/management/api/v1";

    private readonly ConcurrentDictionary<string, Guid[]> _mediaStartNodes = new(StringComparer.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var identity = services.Single(d => d.ServiceType == typeof(IBackOfficeUserAccessor));
            services.Remove(identity);
            services.AddScoped(identity.ImplementationType!);
            services.AddScoped<IBackOfficeUserAccessor>(provider =>
                new WithMediaStartNodes((IBackOfficeUserAccessor)provider.GetRequiredService(identity.ImplementationType!), _mediaStartNodes));
        });
    }

    /// <summary>A client signed in as a new user in <paramref name="groups"/> whose media start nodes are <paramref name="startNodes"/>.</summary>
    public async Task<HttpClient> SignedInWithMediaStartNodesAsync(Guid[] startNodes, params string[] groups)
    {
        var email = $"start-nodes-{Guid.NewGuid():N}@selfhelp.example";
        _mediaStartNodes[email] = startNodes;
        await StaffAccounts.CreateAsync(Services, email, Password, groups);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffAccounts.TokenAsync(client, email, Password));
        return client;
    }

    public static MemoryStream Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        return new MemoryStream(data.ToArray());
    }

    /// <summary>Uploads a file as a temporary file and returns its id.</summary>
    public static async Task<Guid> UploadAsync(HttpClient client, Stream content, string fileName)
    {
        var id = Guid.NewGuid();
        using var form = new MultipartFormDataContent { { new StringContent(id.ToString()), "Id" }, { new StreamContent(content), "File", fileName } };
        var response = await client.PostAsync($"{ManagementApiPath}/temporary-file", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>Creates a media item through the API and returns its id.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, string mediaTypeAlias, string name, Guid? parent = null, Guid? temporaryFileId = null)
    {
        var id = Guid.NewGuid();
        var response = await client.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(id, mediaTypeAlias, name, parent, temporaryFileId));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    public static object CreateBody(Guid id, string mediaTypeAlias, string name, Guid? parent = null, Guid? temporaryFileId = null) => new
    {
        id,
        parent = parent is null ? null : new { id = parent },
        mediaType = new { id = MediaTypeKeys[mediaTypeAlias] },
        variants = new[] { new { culture = (string?)null, segment = (string?)null, name } },
        values = temporaryFileId is null
            ? Array.Empty<object>()
            : [new { alias = "umbracoFile", culture = (string?)null, segment = (string?)null, value = new { temporaryFileId } }],
    };

    /// <summary>The shipped media types' keys (<c>uSync/v17/MediaTypes</c>).</summary>
    public static readonly IReadOnlyDictionary<string, Guid> MediaTypeKeys = new Dictionary<string, Guid>
    {
        ["Folder"] = Guid.Parse("f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d"),
        ["Image"] = Guid.Parse("cc07b313-0843-4aa8-bbda-871c8da728c8"),
        ["File"] = Guid.Parse("4c52d8ab-54e6-40cd-999c-7a5f24903e4d"),
        ["privateFolder"] = Guid.Parse("5e1a9c7b-3d24-4f86-b0a5-6c8e2d4f1a93"),
    };

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private sealed class WithMediaStartNodes(IBackOfficeUserAccessor inner, IReadOnlyDictionary<string, Guid[]> startNodes) : IBackOfficeUserAccessor
    {
        public async Task<BackOfficeUser?> GetCurrentAsync(HttpContext context) =>
            await inner.GetCurrentAsync(context) is { } user && startNodes.TryGetValue(user.Email, out var keys)
                ? user with { MediaStartNodeKeys = keys }
                : await inner.GetCurrentAsync(context);

        public Task<BackOfficeUser?> FindAsync(Guid key, CancellationToken cancellationToken = default) => inner.FindAsync(key, cancellationToken);
    }
}
