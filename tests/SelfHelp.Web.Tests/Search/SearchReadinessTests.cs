using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

public sealed class SearchReadinessTests : IAsyncLifetime
{
    private readonly GatedRebuildHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_host).DisposeAsync();

    [Fact]
    public async Task While_a_damaged_index_is_rebuilt_health_is_degraded_and_search_answers_503_then_all_is_well_once_it_is_done()
    {
        var client = _host.Client();
        await _host.RebuildStarted.Task;

        var health = await client.GetStringAsync("/healthz");
        var api = await client.GetAsync("/api/search?q=home");
        var suggest = await client.GetAsync("/api/search/suggest?q=ho");
        var page = await client.GetAsync("/zh-hk/search/?q=home");

        Assert.Equal("Degraded", health);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SelfHelp.Web.Api.ApiProblems.Types.NotReady, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, suggest.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("搜尋功能準備中", html);
        Assert.Contains("Search is being prepared", html);

        _host.ReleaseRebuild.SetResult();
        await _host.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=home")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zh-hk/search/?q=home")).StatusCode);
    }

    /// <summary>A site whose ExternalIndex is garbage on disk at start, and whose rebuild waits on a gate the test opens.</summary>
    private sealed class GatedRebuildHost : SiteHost
    {
        public TaskCompletionSource RebuildStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource ReleaseRebuild { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var index = Directory.CreateDirectory(Path.Combine(Root, "App_Data", "TEMP", "ExamineIndexes", IndexNames.External)).FullName;
            File.WriteAllBytes(Path.Combine(index, "segments_1"), [0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]);
            builder.ConfigureTestServices(services =>
            {
                var external = services.Single(d => d.ServiceType == typeof(IIndexSource) && d.ImplementationType == typeof(ExternalIndexSource));
                services.Remove(external);
                services.AddSingleton<ExternalIndexSource>();
                services.AddSingleton<IIndexSource>(sp => new GatedIndexSource(sp.GetRequiredService<ExternalIndexSource>(), this));
            });
        }
    }

    private sealed class GatedIndexSource(IIndexSource inner, GatedRebuildHost host) : IIndexSource
    {
        public string IndexName => inner.IndexName;

        public Task<IReadOnlyList<IndexItem>> GetAsync(IReadOnlyDictionary<int, bool> nodeIds, CancellationToken cancellationToken) =>
            inner.GetAsync(nodeIds, cancellationToken);

        public async IAsyncEnumerable<IndexItem> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            host.RebuildStarted.TrySetResult();
            await host.ReleaseRebuild.Task.WaitAsync(cancellationToken);
            await foreach (var item in inner.GetAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
    }
}
