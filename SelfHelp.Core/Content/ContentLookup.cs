using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content;

/// <summary>Answers picker validation from storage, so drafts may point at items that are not published yet.</summary>
internal sealed class ContentLookup(IDbContextFactory<SelfHelpDbContext> contexts) : IContentLookup
{
    public async ValueTask<string?> GetContentTypeAliasAsync(Guid key, NodeObjectType objectType, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Nodes.AsNoTracking()
            .Where(n => n.Key == key && n.ObjectType == objectType && !n.Trashed)
            .Select(n => n.ContentTypeAlias)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
