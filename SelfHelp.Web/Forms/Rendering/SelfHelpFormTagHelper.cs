using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Forms.Rendering;

/// <summary>
/// Places a form on any page: <c>&lt;selfhelp-form alias="workshopRegistration" /&gt;</c> (Umbraco Forms' <c>umb-forms-render</c>).
/// It posts back to the page it is on, in the page's culture, and shows the visitor's answers and errors after a
/// failed post, or the thank-you message after a successful one.
/// </summary>
[HtmlTargetElement("selfhelp-form", Attributes = "alias", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelfHelpFormTagHelper(IFormService forms, IFormTextProvider texts, FormViewModelBuilder builder, IHtmlHelper html) : TagHelper
{
    public const string PostedItem = "SelfHelp.Forms.Posted";
    public const string SubmittedTempData = "SelfHelp.Forms.Submitted";

    /// <summary>The form's name (its alias), e.g. <c>contactGroup</c>.</summary>
    [HtmlAttributeName("alias")]
    public string Alias { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var http = ViewContext.HttpContext;
        var form = await forms.GetAsync(Alias, http.RequestAborted);
        if (form is null)
        {
            output.SuppressOutput();
            return;
        }
        var culture = (ViewContext.ViewData.Model as SitePageModel)?.Culture ?? SiteCultures.FallbackCulture;
        var posted = http.Items[PostedItem] is PostedForm p && p.FormKey == form.Key ? p : null;
        string? submitted = null;
        // TempData reads a GUID-shaped string back as a Guid, so compare the text.
        if (ViewContext.TempData.Peek(SubmittedTempData)?.ToString() == form.Key.ToString())
        {
            ViewContext.TempData.Remove(SubmittedTempData);
            submitted = (await texts.ForCultureAsync(culture, http.RequestAborted))[form.MessageOnSubmit];
        }
        var model = await builder.BuildAsync(form, culture, http.Request.PathBase.Add(http.Request.Path).ToUriComponent(), posted, submitted, http.RequestAborted);
        ((IViewContextAware)html).Contextualize(ViewContext);
        output.Content.SetHtmlContent(await html.PartialAsync("/Forms/Views/Form.cshtml", model));
    }
}
