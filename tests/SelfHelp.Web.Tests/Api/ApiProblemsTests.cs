using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Web.Api;

namespace SelfHelp.Web.Tests.Api;

/// <summary>
/// The mapper's table, for every engine outcome (some, like a concurrency conflict or a handler's refusal, have no
/// HTTP endpoint yet; the staff API's reachable ones are called for real in <see cref="ApiProblemEndpointTests"/>).
/// </summary>
public sealed class ApiProblemsTests
{
    public static TheoryData<OperationStatus, int, string?> Table => new()
    {
        { OperationStatus.Success, StatusCodes.Status204NoContent, null },
        { OperationStatus.NotFound, StatusCodes.Status404NotFound, ApiProblems.Types.NotFound },
        { OperationStatus.ValidationFailed, StatusCodes.Status400BadRequest, ApiProblems.Types.ValidationFailed },
        { OperationStatus.NotAllowed, StatusCodes.Status400BadRequest, ApiProblems.Types.NotAllowed },
        { OperationStatus.CancelledByHandler, StatusCodes.Status400BadRequest, ApiProblems.Types.CancelledByHandler },
        { OperationStatus.ParentNotPublished, StatusCodes.Status400BadRequest, ApiProblems.Types.ParentNotPublished },
        { OperationStatus.ConcurrencyConflict, StatusCodes.Status409Conflict, ApiProblems.Types.ConcurrencyConflict },
    };

    [Fact]
    public void Every_operation_status_has_a_row()
    {
        Assert.Equal(Enum.GetValues<OperationStatus>().Order(), Table.Select(row => (OperationStatus)row[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task An_outcome_answers_with_its_status_and_a_problem_of_its_type(OperationStatus status, int expected, string? type)
    {
        var errors = status == OperationStatus.ValidationFailed ? new[] { new ValidationError("title", "zh-HK", "Give a title.") } : [];
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
            Response = { Body = new MemoryStream() },
        };

        await new OperationResult(status, errors, "What happened, for people.").ToApiResult(TypedResults.NoContent).Result.ExecuteAsync(http);

        Assert.Equal(expected, http.Response.StatusCode);
        if (type is null)
        {
            Assert.Equal(0, http.Response.Body.Length);
            return;
        }
        Assert.Equal(ApiProblems.ContentType, http.Response.ContentType?.Split(';')[0]);
        http.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(http.Response.Body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (status == OperationStatus.ValidationFailed)
        {
            Assert.Equal("Give a title.", problem.GetProperty("errors").GetProperty("title[zh-HK]")[0].GetString());
        }
        else if (status != OperationStatus.NotFound)
        {
            Assert.Equal("What happened, for people.", problem.GetProperty("detail").GetString());
        }
    }
}
