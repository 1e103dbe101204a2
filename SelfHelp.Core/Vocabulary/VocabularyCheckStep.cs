using Microsoft.Extensions.Logging;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Vocabulary;

/// <summary>
/// After the uSync import, checks each facet against the document types: every property alias it names must be a
/// property of some document type, with an editor a facet can read. A misspelt alias would otherwise be a filter that
/// silently matches nothing, so it stops start-up with a message naming the facet and the alias.
/// </summary>
internal sealed class VocabularyCheckStep(ISiteVocabulary vocabulary, IContentTypeService contentTypes, ILogger<VocabularyCheckStep> logger) : IStartupStep
{
    public int Order => StartupOrder.USyncImport + 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var documentTypes = (await contentTypes.GetAllAsync(cancellationToken)).Where(t => t.Kind == ContentTypeKind.Document).ToList();
        if (documentTypes.Count == 0)
        {
            // An empty site (first start without uSync files, or a test that installs its types later): nothing to check against.
            return;
        }
        var failures = new List<string>();
        foreach (var facet in vocabulary.Facets)
        {
            var carriers = new List<string>();
            foreach (var alias in facet.PropertyAliases)
            {
                var found = documentTypes.Select(t => (Type: t, Property: t.FindProperty(alias))).Where(p => p.Property is not null).ToList();
                if (found.Count == 0)
                {
                    failures.Add($"Facet '{facet.Key}' reads the property '{alias}', which no document type has: correct {VocabularyOptions.Section} or the document types.");
                }
                foreach (var (type, property) in found.Where(p => !FacetValues.CanRead(p.Property!.EditorAlias)))
                {
                    failures.Add($"Facet '{facet.Key}' reads '{alias}' on '{type.Alias}', a {property!.EditorAlias} property: a facet reads lists, true/false switches and document pickers.");
                }
                carriers.AddRange(found.Select(p => p.Type.Alias));
            }
            logger.LogInformation("Facet {Facet} reads {Properties} on {DocumentTypes}", facet.Key, facet.PropertyAliases, carriers.Distinct());
        }
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("The site's vocabulary does not fit its document types: " + string.Join(" ", failures));
        }
    }
}
