using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>Embargoes further off than a system timer can wait (about 49.7 days), on a clock with the system's timer limit.</summary>
public sealed class EmbargoTimerTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync(configure: b =>
    {
        b.AddSearch();
        // Months pass in this test: the scheduled publishing job need not run every minute of them.
        b.Configuration["SelfHelp:ScheduledPublishing:Interval"] = "7.00:00:00";
        b.Services.AddSingleton<TimeProvider>(sp => new SystemTimerLimits(sp.GetRequiredService<FakeTimeProvider>()));
    });

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_story_embargoed_for_months_is_found_once_the_embargo_lifts()
    {
        await SearchTestSchema.InstallAsync(_engine);
        var site = await _engine.PublishSiteAsync();
        await new StoryBuilder(_engine, site.Id, "Carers story").EmbargoUntil(_engine.Clock.GetUtcNow().UtcDateTime.AddDays(90)).PublishAsync();
        Assert.Empty(await NamesFoundAsync("carers"));

        _engine.Clock.Advance(TimeSpan.FromDays(30));
        _engine.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await NamesFoundAsync("carers"));
        _engine.Clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(["Carers story"], await NamesFoundAsync("carers"));
    }

    private async Task<IReadOnlyList<string>> NamesFoundAsync(string text)
    {
        await _engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        var results = await _engine.Services.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest { Text = text, Culture = English });
        return TestEngine.Succeeded(results).Items.Select(i => i.Name).ToList();
    }

    /// <summary>The test clock, but its timers refuse waits longer than <see cref="TimeProvider.System"/>'s do.</summary>
    private sealed class SystemTimerLimits(FakeTimeProvider clock) : TimeProvider
    {
        private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override long GetTimestamp() => clock.GetTimestamp();

        public override long TimestampFrequency => clock.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(dueTime, LongestTimer);
            return clock.CreateTimer(callback, state, dueTime, period);
        }
    }
}
