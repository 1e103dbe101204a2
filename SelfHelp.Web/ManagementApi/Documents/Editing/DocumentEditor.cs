using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents.Editing;

/// <summary>
/// Puts what the client sent into a document's draft, as far as the user may: the request stands for the whole
/// document, so values the user may edit that it leaves out are cleared; values in languages the user may not edit
/// (for invariant values: without the default language, as Umbraco's <c>allowEditInvariantFromNonDefault: false</c>),
/// or any value without the property value verbs, are kept, and a request that changes one is refused with 403.
/// </summary>
internal sealed class DocumentEditor(ILanguageService languages)
{
    /// <summary>Applies the request; a problem when it is malformed or changes what the user may not; else null.</summary>
    public async Task<ProblemHttpResult?> ApplyAsync(ContentItem item, ContentType type, DocumentEditingRequest request, BackOfficeUser user,
        IReadOnlySet<string> verbs, DocumentProblems problems, CancellationToken cancellationToken)
    {
        var known = (await languages.GetAllAsync(cancellationToken)).ToList();
        var defaultCulture = known.FirstOrDefault(l => l.IsDefault)?.IsoCode;
        if (Malformed(type, request, known.Select(l => l.IsoCode).ToHashSet(StringComparer.OrdinalIgnoreCase), problems) is { } malformed)
        {
            return malformed;
        }

        foreach (var variant in request.Variants)
        {
            var culture = type.VariesByCulture ? variant.Culture : null;
            if (!string.Equals(item.Draft.GetName(culture), variant.Name, StringComparison.Ordinal) && !user.CanEditCulture(culture ?? defaultCulture))
            {
                return problems.CultureForbidden(culture);
            }
        }
        var mayWriteValues = verbs.Contains(DocumentPermissions.PropertyValueRead) && verbs.Contains(DocumentPermissions.PropertyValueWrite);
        bool MayEdit(string? culture) => mayWriteValues && user.CanEditCulture(culture ?? defaultCulture);
        foreach (var value in request.Values)
        {
            var current = item.Draft.GetValue(value.Alias, value.Culture);
            if (!MayEdit(value.Culture) && !SameValue(current, value.Value))
            {
                return problems.CultureForbidden(value.Culture);
            }
        }

        foreach (var variant in request.Variants)
        {
            item.Draft.Names[(type.VariesByCulture ? variant.Culture : null) ?? ContentData.Invariant] = variant.Name ?? "";
        }
        foreach (var (alias, byCulture) in item.Draft.Properties.ToList())
        {
            foreach (var culture in byCulture.Keys.ToList().Where(c => MayEdit(c.Length == 0 ? null : c)))
            {
                item.Draft.SetValue(alias, culture, null);
            }
        }
        foreach (var value in request.Values.Where(v => MayEdit(v.Culture)))
        {
            item.Draft.SetValue(value.Alias, value.Culture, value.Value);
        }
        return null;
    }

    /// <summary>Names or values in languages that do not exist, cultures on an invariant document, segments (SelfHelp has none).</summary>
    private static ProblemHttpResult? Malformed(ContentType type, DocumentEditingRequest request, IReadOnlySet<string> known, DocumentProblems problems)
    {
        foreach (var variant in request.Variants)
        {
            if (variant.Segment is not null)
            {
                return problems.Invalid("Segments are not supported.", "SegmentNotFound");
            }
            if (type.VariesByCulture ? variant.Culture is null || !known.Contains(variant.Culture) : variant.Culture is not null)
            {
                return problems.Invalid(problems.Text.UnknownCulture(variant.Culture ?? "invariant"), "InvalidCulture");
            }
        }
        if (request.Variants.GroupBy(v => v.Culture ?? "", StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            return problems.Invalid("A culture is named twice.", "DuplicateCulture");
        }
        foreach (var value in request.Values)
        {
            if (value.Segment is not null)
            {
                return problems.Invalid("Segments are not supported.", "SegmentNotFound");
            }
            if (value.Culture is not null && !known.Contains(value.Culture))
            {
                return problems.Invalid(problems.Text.UnknownCulture(value.Culture), "InvalidCulture");
            }
        }
        return null;
    }

    /// <summary>Blank names in the request, as validation errors on <c>$.variants[i].name</c>.</summary>
    public static IReadOnlyList<ValidationError> BlankNames(ContentType type, DocumentEditingRequest request) =>
        request.Variants.Where(v => string.IsNullOrWhiteSpace(v.Name))
            .Select(v => new ValidationError("name", type.VariesByCulture ? v.Culture : null, "Enter a name.", ValidationErrorKind.Missing)).ToList();

    private static bool SameValue(JsonElement? a, JsonElement? b)
    {
        var aEmpty = a is null || a.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
        var bEmpty = b is null || b.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
        return aEmpty || bEmpty ? aEmpty == bEmpty : JsonElement.DeepEquals(a!.Value, b!.Value);
    }
}
