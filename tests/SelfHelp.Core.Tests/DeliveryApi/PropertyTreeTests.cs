using SelfHelp.Core.DeliveryApi.Expansion;

namespace SelfHelp.Core.Tests.DeliveryApi;

public sealed class PropertyTreeTests
{
    [Fact]
    public void Named_properties_are_reachable_and_others_are_not()
    {
        var tree = PropertyTree.Parse("properties[title,related]")!;

        Assert.NotNull(tree.Next("title"));
        Assert.NotNull(tree.Next("related"));
        Assert.Null(tree.Next("body"));
        Assert.True(tree.Limits);
    }

    [Fact]
    public void All_reaches_every_property_and_nesting_goes_one_level_per_properties()
    {
        var all = PropertyTree.Parse("properties[$all]")!;
        var nested = PropertyTree.Parse("properties[related[properties[author[properties[picture]]]]]")!;

        Assert.NotNull(all.Next("anything"));
        Assert.Null(all.Next("anything")!.Next("deeper"));
        var picture = nested.Next("related")?.Next("author")?.Next("picture");
        Assert.NotNull(picture);
        Assert.Null(nested.Next("related")?.Next("title"));
    }

    [Fact]
    public void All_can_carry_nested_properties_of_its_own()
    {
        var tree = PropertyTree.Parse("properties[$all[properties[altText]]]")!;

        Assert.NotNull(tree.Next("heroImage")?.Next("altText"));
        Assert.Null(tree.Next("heroImage")?.Next("caption"));
    }

    [Theory]
    [InlineData("properties[title")]
    [InlineData("properties[]")]
    [InlineData("[properties]")]
    [InlineData("properties]title[")]
    public void A_malformed_value_is_no_tree_at_all(string value)
    {
        Assert.Null(PropertyTree.Parse(value));
    }
}
