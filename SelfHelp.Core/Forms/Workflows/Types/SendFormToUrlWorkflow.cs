using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>Where webhooks go: a name (<c>@staffChat</c> in a form) to a URL, so secrets stay out of the form files.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "SelfHelp:Forms:Webhooks";
    public Dictionary<string, string> Endpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The HTTP client webhook workflows share. Every request carries the job's <c>Idempotency-Key</c>, so a receiver can
/// ignore a repeat, and a delivery that was answered with success is never sent again by a later attempt.
/// </summary>
internal sealed class WebhookClient(IOptionsMonitor<WebhookOptions> options, WorkflowEffects effects)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<WorkflowResult> SendAsync(WorkflowContext context, string? target, HttpMethod method, object body, CancellationToken cancellationToken)
    {
        var url = target is { Length: > 1 } && target[0] == '@' ? options.CurrentValue.Endpoints.GetValueOrDefault(target[1..]) : target;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return WorkflowResult.Failure($"'{target}' is not a web address (or a configured SelfHelp:Forms:Webhooks name).");
        }
        var result = WorkflowResult.Success("already delivered by an earlier attempt.");
        await effects.RunOnceAsync(context, "webhook", async token =>
        {
            using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) };
            request.Headers.Add(IdempotencyKeyHeader, context.IdempotencyKey.ToString());
            using var response = await _http.SendAsync(request, token);
            result = response.IsSuccessStatusCode
                ? WorkflowResult.Success($"{uri.Host} answered {(int)response.StatusCode}.")
                : WorkflowResult.Failure($"{uri.Host} answered {(int)response.StatusCode}.");
            return response.IsSuccessStatusCode;
        }, cancellationToken);
        return result;
    }
}

/// <summary>Umbraco Forms' Send Form to URL: the entry's values (sensitive ones only when allowed) as JSON to <c>Url</c> with <c>Method</c>.</summary>
internal sealed class SendFormToUrlWorkflow(WebhookClient client) : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.SendFormToUrl;
    public string Alias => "sendFormToUrl";

    public Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        client.SendAsync(
            context,
            context.Workflow.Setting("Url"),
            HttpMethod.Parse(context.Workflow.Setting("Method") ?? "POST"),
            new
            {
                formId = context.Form.Key, formName = context.Form.Name, entryId = context.Entry.Id, state = context.Entry.State.ToString(),
                culture = context.Entry.Culture, contentId = context.Entry.ContentKey, createdUtc = context.Entry.CreatedUtc, values = context.Values,
            },
            cancellationToken);
}

/// <summary>Umbraco Forms' Slack workflow: a one-line notice (no answers, which may be personal) to the <c>WebhookUrl</c>.</summary>
internal sealed class SlackWorkflow(WebhookClient client) : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.Slack;
    public string Alias => "slack";

    public Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        client.SendAsync(context, context.Workflow.Setting("WebhookUrl"), HttpMethod.Post,
            new { text = $"New entry for the form \"{context.Form.Name}\" ({context.Entry.State}, {context.Entry.CreatedUtc:yyyy-MM-dd HH:mm} UTC): {context.Entry.Id}" },
            cancellationToken);
}
