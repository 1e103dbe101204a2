using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>Private records on their way out of the staff API, masked by <see cref="SensitiveData"/> for the signed-in member's role.</summary>
internal sealed class RecordMasking(
    IFormService forms, IAuthorizationService authorization, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public async Task<Results<Ok<Paged<JsonObject>>, ValidationProblem>> PageAsync<T>(PrivateRecordKind kind, ClaimsPrincipal user, int? skip, int? take, Func<PageRequest, Task<Paged<T>>> read, CancellationToken ct)
    {
        if (!Paging.TryRead(skip, take, out var page, out var problem))
        {
            return problem;
        }
        var records = await read(page);
        return TypedResults.Ok(new Paged<JsonObject>(records.Total, await MaskAsync(kind, records.Items, user, ct)));
    }

    public async Task<IReadOnlyList<JsonObject>> MaskAsync<T>(PrivateRecordKind kind, IEnumerable<T> records, ClaimsPrincipal user, CancellationToken ct)
    {
        var rule = SensitiveData.From(await forms.GetAllAsync(ct));
        var sensitive = await StaffApi.CanSeeSensitiveAsync(authorization, user);
        return records.Select(r => RecordView.From(r, kind, rule, sensitive, json.Value.SerializerOptions)).ToList();
    }
}
