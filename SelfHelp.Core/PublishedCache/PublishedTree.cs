using System.Collections.Immutable;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// Every live node as storage holds it (published documents, media), with each node's children, whether or not
/// visitors can see it: a published page under an unpublished one stays here, hidden, until its parent returns.
/// Immutable, so a refresh that fails half way leaves the previous tree whole.
/// </summary>
internal sealed class PublishedTree
{
    private PublishedTree(ImmutableDictionary<int, PublishedNode> nodes, ImmutableDictionary<int, ImmutableHashSet<int>> children)
    {
        Nodes = nodes;
        Children = children;
    }

    public static PublishedTree Empty { get; } = new(ImmutableDictionary<int, PublishedNode>.Empty, ImmutableDictionary<int, ImmutableHashSet<int>>.Empty);

    public ImmutableDictionary<int, PublishedNode> Nodes { get; }

    /// <summary>Child ids by parent id, including children of parents that are not live themselves.</summary>
    public ImmutableDictionary<int, ImmutableHashSet<int>> Children { get; }

    public IEnumerable<PublishedNode> ChildrenOf(int id) =>
        Children.TryGetValue(id, out var children) ? children.Select(c => Nodes[c]) : [];

    /// <summary>The ids of every node below <paramref name="id"/>, not including it.</summary>
    public IEnumerable<int> DescendantIds(int id)
    {
        var pending = new Stack<int>([id]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in Children.GetValueOrDefault(current) ?? [])
            {
                yield return child;
                pending.Push(child);
            }
        }
    }

    /// <summary>The tree with <paramref name="upserts"/> added or replacing nodes by id and <paramref name="removed"/> taken out.</summary>
    public PublishedTree With(IEnumerable<PublishedNode> upserts, IEnumerable<int> removed)
    {
        var nodes = Nodes.ToBuilder();
        var children = new Dictionary<int, ImmutableHashSet<int>.Builder>();
        foreach (var id in removed)
        {
            if (nodes.GetValueOrDefault(id) is { } old)
            {
                nodes.Remove(id);
                Edit(children, old.ParentId).Remove(id);
            }
        }
        foreach (var node in upserts)
        {
            if (nodes.GetValueOrDefault(node.Id) is { } old && old.ParentId != node.ParentId)
            {
                Edit(children, old.ParentId).Remove(node.Id);
            }
            nodes[node.Id] = node;
            Edit(children, node.ParentId).Add(node.Id);
        }
        var childMap = Children.ToBuilder();
        foreach (var (parentId, ids) in children)
        {
            if (ids.Count == 0)
            {
                childMap.Remove(parentId);
            }
            else
            {
                childMap[parentId] = ids.ToImmutable();
            }
        }
        return new PublishedTree(nodes.ToImmutable(), childMap.ToImmutable());

        ImmutableHashSet<int>.Builder Edit(Dictionary<int, ImmutableHashSet<int>.Builder> edits, int parentId)
        {
            if (!edits.TryGetValue(parentId, out var ids))
            {
                edits[parentId] = ids = (Children.GetValueOrDefault(parentId) ?? []).ToBuilder();
            }
            return ids;
        }
    }
}
