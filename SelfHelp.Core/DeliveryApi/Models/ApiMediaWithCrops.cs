using System.Text.Json.Serialization;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Models;

/// <summary>A media item as a picker outputs it: Umbraco's IApiMediaWithCrops, whose implementation is not in Umbraco.Cms.Core.</summary>
public class ApiMediaWithCrops(IApiMedia inner, ImageFocalPoint? focalPoint, IEnumerable<ImageCrop>? crops) : IApiMediaWithCrops
{
    [JsonPropertyOrder(-2)]
    public ImageFocalPoint? FocalPoint { get; } = focalPoint;

    [JsonPropertyOrder(-1)]
    public IEnumerable<ImageCrop>? Crops { get; } = crops;

    public Guid Id => inner.Id;
    public string Name => inner.Name;
    public string MediaType => inner.MediaType;
    public string Url => inner.Url;
    public string? Extension => inner.Extension;
    public int? Width => inner.Width;
    public int? Height => inner.Height;
    public int? Bytes => inner.Bytes;
    public IDictionary<string, object?> Properties => inner.Properties;
}

/// <summary>A media item as the media endpoints answer it: the picker shape plus its path and dates.</summary>
public sealed class ApiMediaWithCropsResponse(IApiMedia inner, ImageFocalPoint? focalPoint, IEnumerable<ImageCrop>? crops, string path, DateTime createDate, DateTime updateDate)
    : ApiMediaWithCrops(inner, focalPoint, crops), IApiMediaWithCropsResponse
{
    [JsonPropertyOrder(10)]
    public string Path { get; } = path;

    [JsonPropertyOrder(11)]
    public DateTime CreateDate { get; } = createDate;

    [JsonPropertyOrder(12)]
    public DateTime UpdateDate { get; } = updateDate;
}

/// <summary>A page of query results: <c>{"total":…,"items":[…]}</c>.</summary>
public sealed record PagedResult<T>(long Total, IReadOnlyList<T> Items);
