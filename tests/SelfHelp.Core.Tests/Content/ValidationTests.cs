using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class ValidationTests : PublishedSiteTest
{
    [Fact]
    public async Task A_draft_may_miss_mandatory_values_but_publishing_needs_them_in_each_published_culture()
    {
        var page = await Engine.Content.CreateAsync("Guidance", Site.Id, "page", English);
        page.SetName("指引", Chinese);
        page.SetValue("title", "Guidance", English);

        TestEngine.Succeeded(await Engine.Content.SaveAsync(page));
        TestEngine.Succeeded(await Engine.Content.PublishAsync(page, [English]));
        var result = await Engine.Content.PublishAsync(page, [Chinese]);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("title", Chinese), (error.Alias, error.Culture));
    }

    [Fact]
    public async Task Publishing_a_culture_without_a_name_is_refused_for_that_culture()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Stories");

        var result = await Engine.Content.PublishAsync(page, [English, Chinese]);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e.Alias == "name" && e.Culture == Chinese);
        Assert.DoesNotContain(result.Errors, e => e.Culture == English);
        Assert.Null(Engine.Cache.Current.GetByKey(page.Key));
    }

    [Theory]
    [InlineData("eventDate", "next Tuesday")]
    [InlineData("capacity", "twelve")]
    [InlineData("contactEmail", "not-an-email")]
    [InlineData("stage", "dormant")]
    [InlineData("code", "abc")]
    public async Task A_value_that_does_not_fit_its_editor_is_refused_on_save(string alias, string value)
    {
        var page = await Engine.SavePageAsync(Site.Id, "Workshop");
        page.SetValue(alias, value);

        var result = await Engine.Content.SaveAsync(page);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(alias, error.Alias);
        Assert.Null(error.Culture);
        Assert.Null((await Engine.Content.GetAsync(page.Id))!.GetValue(alias));
    }

    [Fact]
    public async Task Values_that_fit_their_editors_are_accepted()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Workshop");
        page.SetValue("eventDate", "2027-03-14T19:00:00");
        page.SetValue("capacity", 24);
        page.SetValue("contactEmail", "hello@selfhelp.org.hk");
        page.SetValue("stage", new[] { "forming" });
        page.SetValue("code", "SSP");
        page.SetValue("home", $"umb://document/{Site.Key:N}");

        TestEngine.Succeeded(await Engine.Content.SaveAsync(page));
    }

    [Fact]
    public async Task The_pattern_message_of_the_property_type_is_returned()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Workshop");
        page.SetValue("code", "ssp1");

        var result = await Engine.Content.SaveAsync(page);

        Assert.Equal("Three capital letters.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_picker_only_accepts_existing_items_of_allowed_types()
    {
        var other = await Engine.SavePageAsync(Site.Id, "Other page");
        var page = await Engine.SavePageAsync(Site.Id, "Linking page");

        page.SetValue("home", $"umb://document/{other.Key:N}");
        var wrongType = await Engine.Content.SaveAsync(page);
        page.SetValue("home", Guid.NewGuid().ToString());
        var missing = await Engine.Content.SaveAsync(page);

        Assert.Contains("cannot be picked", Assert.Single(wrongType.Errors).Message);
        Assert.Contains("does not exist", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public async Task A_culture_value_on_an_invariant_property_is_refused()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Page");
        page.SetValue("capacity", 3, English);

        var result = await Engine.Content.SaveAsync(page);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("capacity", English), (error.Alias, error.Culture));
    }

    [Fact]
    public async Task A_type_not_allowed_beneath_the_parent_cannot_be_created_there()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Page");
        var site = await Engine.Content.CreateAsync("Nested site", page.Id, "site");

        var result = await Engine.Content.SaveAsync(site);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
        Assert.Empty(await Engine.Content.GetChildrenAsync(page.Id));
    }

    [Fact]
    public async Task A_type_not_allowed_at_root_cannot_be_created_at_root()
    {
        var page = await Engine.Content.CreateAsync("Orphan", ContentItem.RootId, "page", English);

        var result = await Engine.Content.SaveAsync(page);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
    }
}
