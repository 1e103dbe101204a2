using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Web.Forms.Protection;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Forms.Rendering;

/// <summary>
/// Takes a form posted from a site page (without JavaScript): checks the antiforgery token, rate and size limits,
/// submits it, then redirects back to the page to thank the visitor, or shows the page again with the answers kept,
/// errors next to the fields and a summary that takes the focus.
/// </summary>
public sealed class FormSurfaceController(
    SiteRouter router, SitePageModelBuilder models, SiteViews views, IFormService forms, IFormSubmissionService submissions) : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(FormsRateLimiting.Policy)]
    [RequestSizeLimit(FormsRequestLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = FormsRequestLimits.MaxRequestBytes, ValueLengthLimit = FormsRequestLimits.MaxValueBytes)]
    public async Task<IActionResult> Submit(CancellationToken cancellationToken)
    {
        if (await router.RouteAsync(Request.Path.Value ?? "/", cancellationToken) is not SiteRoute.Page page
            || !Guid.TryParse(Request.Form[FormViewModelBuilder.FormKeyName], out var formKey)
            || await forms.GetAsync(formKey, cancellationToken) is not { } form)
        {
            return NotFound();
        }
        var values = form.AllFields.Where(f => Request.Form.ContainsKey(f.Alias))
            .ToDictionary(f => f.Alias, f => (IReadOnlyList<string>)Request.Form[f.Alias].Select(v => v ?? "").ToList(), StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, IReadOnlyList<UploadedFile>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Request.Form.Files.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase))
        {
            var uploads = new List<UploadedFile>();
            foreach (var file in group)
            {
                using var copy = new MemoryStream();
                await file.CopyToAsync(copy, cancellationToken);
                uploads.Add(new UploadedFile(file.FileName, copy.ToArray()));
            }
            files[group.Key] = uploads;
        }
        var result = await submissions.SubmitAsync(new FormSubmission
        {
            FormKey = form.Key, Culture = page.Culture, ContentKey = page.Content.Key, Values = values, Files = files,
            HoneypotTripped = !string.IsNullOrWhiteSpace(Request.Form[FormViewModelBuilder.HoneypotName]),
            ClientAddress = HttpContext.Connection.RemoteIpAddress?.ToString(), Channel = "page",
        }, cancellationToken);
        if (result.Status == FormSubmitStatus.Accepted)
        {
            // Post, redirect, get: a refresh does not send the form twice, and the page shows the thank-you message.
            TempData[SelfHelpFormTagHelper.SubmittedTempData] = form.Key.ToString();
            Response.Headers.Location = Request.PathBase.Add(Request.Path).ToUriComponent() + "#form-" + form.Name;
            return StatusCode(StatusCodes.Status303SeeOther);
        }
        HttpContext.Items[SelfHelpFormTagHelper.PostedItem] = new PostedForm(form.Key, values, result.Errors);
        var view = View(views.For(page.Content.ContentTypeAlias), await models.PageAsync(page, Request.PathBase, cancellationToken));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }
}
