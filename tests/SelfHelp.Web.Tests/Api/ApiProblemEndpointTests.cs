using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SelfHelp.Web.Api;
using SelfHelp.Web.Security;
using SelfHelp.Web.Tests.Forms;
using SelfHelp.Web.Tests.Security;

namespace SelfHelp.Web.Tests.Api;

/// <summary>Each problem the APIs can answer with today, called for real: its status, its stable type, and what it says.</summary>
[Collection(ApiHostCollection.Name)]
public sealed class ApiProblemEndpointTests(PermissionMatrixHost host)
{
    private const string Staff = "/umbraco/forms/management/api/v1";
    private const string FormsApi = "/umbraco/forms/delivery/api/v1";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000dead");

    private HttpClient Admin => host.Clients[StaffRoles.Admin];

    [Fact]
    public async Task Moderating_a_missing_entry_is_a_404_not_found_problem()
    {
        var response = await Admin.PostAsJsonAsync($"{Staff}/entries/{Missing}/state", new { state = "Approved" });

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound, ApiProblems.Types.NotFound);
        Assert.Equal("No such entry.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Retrying_a_workflow_that_has_not_failed_is_a_400_not_allowed_problem_with_the_engines_reason()
    {
        var entry = await Admin.GetFromJsonAsync<JsonElement>($"{Staff}/entries/{host.EntryId}");
        var job = entry.GetProperty("workflows").EnumerateArray().First(w => w.GetProperty("status").GetString() != "Failed").GetProperty("id").GetGuid();

        var response = await Admin.PostAsync($"{Staff}/workflows/{job}/retry", null);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, ApiProblems.Types.NotAllowed);
        Assert.Equal("Only a failed workflow can be retried.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Paging_outside_the_window_is_a_400_validation_problem_naming_each_parameter()
    {
        var response = await Admin.GetAsync($"{Staff}/records/volunteers?skip=-1&take=100000");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, ApiProblems.Types.ValidationFailed);
        Assert.Equal(["skip", "take"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_unauthorized_problem()
    {
        var response = await host.Client().PostAsJsonAsync("/umbraco/staff/api/v1/login", new { email = "nobody@selfhelp.example", password = "Wrong-password-123" });

        await ProblemAsync(response, HttpStatusCode.Unauthorized, ApiProblems.Types.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_form_is_a_404_not_found_problem()
    {
        var response = await host.Client().GetAsync($"{FormsApi}/definitions/{Missing}");

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound, ApiProblems.Types.NotFound);
        Assert.Equal("Form not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_invalid_entry_is_a_422_validation_problem_with_errors_by_field_alias()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{FormsApi}/entries/{host.VolunteerFormKey}") { Content = JsonContent.Create(new { values = new { } }) };
        request.Headers.Add("Api-Key", FormsHost.ApiKey);

        var problem = await ProblemAsync(await host.Client().SendAsync(request), HttpStatusCode.UnprocessableEntity, ApiProblems.Types.ValidationFailed);
        Assert.Contains("email", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_and_one_that_cannot_be_read_a_400()
    {
        var url = $"{FormsApi}/entries/{host.VolunteerFormKey}";
        var form = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([new("name", "x")]) };
        var broken = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("{\"values\": [", Encoding.UTF8, "application/json") };
        broken.Headers.Add("Api-Key", FormsHost.ApiKey);

        await ProblemAsync(await host.Client().SendAsync(form), HttpStatusCode.UnsupportedMediaType, ApiProblems.Types.UnsupportedMediaType);
        await ProblemAsync(await host.Client().SendAsync(broken), HttpStatusCode.BadRequest, ApiProblems.Types.UnreadableBody);
    }

    [Fact]
    public async Task A_browser_post_without_a_token_is_a_400_antiforgery_problem()
    {
        var response = await host.Client().PostAsJsonAsync($"{FormsApi}/entries/{host.VolunteerFormKey}", new { values = new { name = "x" } });

        await ProblemAsync(response, HttpStatusCode.BadRequest, ApiProblems.Types.AntiforgeryToken);
    }

    [Fact]
    public async Task An_address_under_an_api_prefix_that_no_endpoint_answers_is_a_404_not_found_problem()
    {
        var response = await host.Client().GetAsync("/api/nothing-here");

        await ProblemAsync(response, HttpStatusCode.NotFound, ApiProblems.Types.NotFound);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal(ApiProblems.ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
