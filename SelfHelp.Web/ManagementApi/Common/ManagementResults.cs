using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>The answers Umbraco's client expects besides a JSON body: created, empty, and notifications to show.</summary>
public static class ManagementResults
{
    /// <summary>The header naming the id of a created item (Umbraco's <c>Umb-Generated-Resource</c>).</summary>
    public const string GeneratedResourceHeader = "Umb-Generated-Resource";

    /// <summary>The header carrying messages for the client to show (Umbraco's <c>Umb-Notifications</c>).</summary>
    public const string NotificationsHeader = "Umb-Notifications";

    /// <summary>201 with the new item's id in <c>Umb-Generated-Resource</c> and its address in Location, and no body.</summary>
    public static IResult Created(HttpContext context, Guid id, string location)
    {
        context.Response.Headers[GeneratedResourceHeader] = id.ToString();
        context.Response.Headers.Location = location;
        context.Response.ContentLength = 0;
        return TypedResults.StatusCode(StatusCodes.Status201Created);
    }

    /// <summary>200 with an empty body and <c>Content-Length: 0</c> (the client reads an empty 200 only with it).</summary>
    public static Ok EmptyOk(HttpContext context)
    {
        context.Response.ContentLength = 0;
        return TypedResults.Ok();
    }

    /// <summary>Adds a message the client shows as a notification (type: Success, Info, Warning or Error).</summary>
    public static void AddNotification(HttpContext context, string category, string message, string type = "Success")
    {
        var existing = context.Response.Headers[NotificationsHeader].ToString();
        var list = string.IsNullOrEmpty(existing) ? [] : JsonSerializer.Deserialize<List<EventMessage>>(existing) ?? [];
        list.Add(new EventMessage(category, message, type));
        context.Response.Headers[NotificationsHeader] = JsonSerializer.Serialize(list, JsonSerializerOptions.Web);
    }

    private sealed record EventMessage(string Category, string Message, string Type);
}
