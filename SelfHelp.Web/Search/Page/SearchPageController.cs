using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Web.Search.Page;

/// <summary>The public search page: a plain GET form, so it works the same with and without JavaScript.</summary>
public sealed class SearchPageController(SearchPageModelBuilder models, ISiteVocabulary vocabulary) : Controller
{
    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var model = await models.BuildAsync(SearchInput.FromQuery(Request.Query, culture, vocabulary.SearchFacets), Request.PathBase, cancellationToken);
        var view = View(SearchPageModel.View, model);
        if (model.Problems.Count > 0)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (model.Preparing.Count > 0)
        {
            view.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = Api.SearchApiEndpoints.RetryAfterSeconds;
        }
        return view;
    }
}
