using System.Numerics;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>A set of document ordinals as bits: intersecting two filters over 10,000 documents is 157 word operations.</summary>
internal sealed class Bitset
{
    private readonly ulong[] _words;

    public Bitset(int size)
    {
        Size = size;
        _words = new ulong[(size + 63) / 64];
    }

    public int Size { get; }

    public static Bitset All(int size)
    {
        var all = new Bitset(size);
        Array.Fill(all._words, ulong.MaxValue);
        all.TrimTail();
        return all;
    }

    public static Bitset Of(int size, IEnumerable<int> ordinals)
    {
        var set = new Bitset(size);
        foreach (var ordinal in ordinals)
        {
            set.Add(ordinal);
        }
        return set;
    }

    public static Bitset Of(int size, int[] ordinals)
    {
        var set = new Bitset(size);
        set.AddAll(ordinals);
        return set;
    }

    public void AddAll(int[] ordinals)
    {
        var words = _words;
        foreach (var ordinal in ordinals)
        {
            words[ordinal >> 6] |= 1UL << (ordinal & 63);
        }
    }

    public Bitset Clone()
    {
        var copy = new Bitset(Size);
        Array.Copy(_words, copy._words, _words.Length);
        return copy;
    }

    public void Add(int ordinal) => _words[ordinal >> 6] |= 1UL << (ordinal & 63);

    public bool Contains(int ordinal) => (_words[ordinal >> 6] & (1UL << (ordinal & 63))) != 0;

    public void IntersectWith(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= other._words[i];
        }
    }

    public void UnionWith(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] |= other._words[i];
        }
    }

    public Bitset Complement()
    {
        var result = new Bitset(Size);
        for (var i = 0; i < _words.Length; i++)
        {
            result._words[i] = ~_words[i];
        }
        result.TrimTail();
        return result;
    }

    public int Count()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    /// <summary>Members in ascending order, skipping whole empty words.</summary>
    public IEnumerable<int> Members()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            while (word != 0)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                yield return (i << 6) + bit;
                word &= word - 1;
            }
        }
    }

    private void TrimTail()
    {
        var extra = _words.Length * 64 - Size;
        if (extra > 0)
        {
            _words[^1] &= ulong.MaxValue >> extra;
        }
    }
}
