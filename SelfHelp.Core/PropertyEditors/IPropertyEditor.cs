using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// What the engine knows of one property editor alias (Umbraco's <c>IDataEditor</c>): how its values are checked,
/// delivered and indexed. Each editor lives in its own folder under <c>PropertyEditors/</c>.
/// </summary>
/// <remarks>
/// A part an editor leaves null falls back to what the engine does for an alias it does not know (see
/// <see cref="MissingPropertyEditor"/>): any value is accepted, delivered as stored, and indexed by its readable text.
/// The back office's editor schema (issue 10: the editor UI and the configuration a data type may hold) becomes one
/// more part here.
/// </remarks>
internal interface IPropertyEditor
{
    /// <summary>The Umbraco property editor alias, e.g. <c>Umbraco.TextBox</c>.</summary>
    string Alias { get; }

    /// <summary>Checks a value fits the editor before it is saved; null when any value is accepted.</summary>
    IPropertyValueValidator? Validator => null;

    /// <summary>Turns a stored value into the Delivery API's output; null when the value goes out as stored.</summary>
    IDeliveryPropertyValueConverter? DeliveryValueConverter => null;

    /// <summary>Writes a value into a search index document; null when its readable text is indexed.</summary>
    IPropertyValueIndexer? IndexValueProvider => null;
}
