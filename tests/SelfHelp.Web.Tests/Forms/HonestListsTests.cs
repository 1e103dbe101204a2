using SelfHelp.Web.Security;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Forms.Staff;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>A host whose contact form has more entries than any old limit (1,000 rows in exports, 100 in lists).</summary>
public sealed class ManyEntriesHost : PersonalDataHost
{
    public const int Count = 1234;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var form = (await Services.GetRequiredService<IFormService>().GetAsync("contactGroup"))!;
        await using var db = Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.FormEntries.AddRange(Enumerable.Range(0, Count).Select(i => new FormEntryEntity
        {
            Id = Guid.NewGuid(), FormKey = form.Key, FormName = form.Name, State = FormEntryState.Approved, Culture = "en-US",
            CreatedUtc = start.AddMinutes(i), UpdatedUtc = start.AddMinutes(i),
            ValuesJson = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["name"] = [$"Person {i:0000}"], ["message"] = [$"Message {i:0000}"] }),
        }));
        await db.SaveChangesAsync();
    }
}

public sealed class HonestListsTests(ManyEntriesHost host) : IClassFixture<ManyEntriesHost>
{
    private const string Entries = "/umbraco/forms/management/api/v1/forms/contactGroup/entries";

    [Fact]
    public async Task The_csv_export_holds_every_entry_however_many_there_are()
    {
        var dpo = await host.StaffClientAsync("dpo-export@selfhelp.example", StaffRoles.DataProtectionOfficer);

        var csv = await dpo.GetStringAsync(Entries + "/export");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ManyEntriesHost.Count + 1, lines.Length);
        Assert.Equal(ManyEntriesHost.Count, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Contains("Person 0000", csv);
        Assert.Contains($"Person {ManyEntriesHost.Count - 1:0000}", csv);
    }

    [Fact]
    public async Task The_json_export_holds_every_entry_however_many_there_are()
    {
        var dpo = await host.StaffClientAsync("dpo-json@selfhelp.example", StaffRoles.DataProtectionOfficer);

        var entries = await dpo.GetFromJsonAsync<JsonElement>(Entries + "/export?format=json");

        Assert.Equal(ManyEntriesHost.Count, entries.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task The_entry_list_pages_through_every_entry_with_the_total()
    {
        var viewer = await host.StaffClientAsync("viewer-pages@selfhelp.example", StaffRoles.EntryViewer);
        var seen = new List<string>();

        for (var skip = 0; ; skip += 500)
        {
            var page = await viewer.GetFromJsonAsync<JsonElement>($"{Entries}?skip={skip}&take=500");
            Assert.Equal(ManyEntriesHost.Count, page.GetProperty("total").GetInt32());
            var items = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            if (items.Count == 0)
            {
                break;
            }
            seen.AddRange(items);
        }

        Assert.Equal(ManyEntriesHost.Count, seen.Distinct().Count());
        Assert.Equal(PageRequest.DefaultTake, (await viewer.GetFromJsonAsync<JsonElement>(Entries)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("?take=0")]
    [InlineData("?take=1001")]
    [InlineData("?skip=-1")]
    public async Task Bad_paging_values_on_entries_are_a_problem(string query)
    {
        var viewer = await host.StaffClientAsync($"viewer-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryViewer);

        var response = await viewer.GetAsync(Entries + query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
