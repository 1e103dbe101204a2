namespace SelfHelp.Core.Search.Querying;

/// <summary>One part of what a visitor typed: a word or a quoted phrase, possibly excluded with a leading minus.</summary>
internal sealed record UserQueryPart(string Text, bool IsPhrase, bool Excluded);

/// <summary>
/// What a visitor typed, split into words, "phrases" and -exclusions. Anything else (brackets, operators, colons)
/// is plain text, so nothing typed can reach into fields or build an expensive query; only an unclosed quote
/// is an error, because it leaves unclear where the phrase was meant to end.
/// </summary>
internal sealed record UserQuery(IReadOnlyList<UserQueryPart> Parts)
{
    private static readonly char[] Quotes = ['"', '“', '”', '„'];

    public static UserQuery Empty { get; } = new([]);

    /// <summary>Parses the text; on failure returns null and a message for the person who typed it.</summary>
    public static UserQuery? Parse(string? text, int maxLength, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }
        if (text.Length > maxLength)
        {
            error = $"The search text is too long: use at most {maxLength} characters.";
            return null;
        }
        var parts = new List<UserQueryPart>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }
            if (Array.IndexOf(Quotes, text[i]) >= 0)
            {
                var close = text.IndexOfAny(Quotes, i + 1);
                if (close < 0)
                {
                    error = "The search has an opening quotation mark without a closing one: add the closing \" or remove it.";
                    return null;
                }
                parts.Add(new UserQueryPart(text[(i + 1)..close], IsPhrase: true, excluded));
                i = close + 1;
                continue;
            }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && Array.IndexOf(Quotes, text[end]) < 0)
            {
                end++;
            }
            parts.Add(new UserQueryPart(text[i..end], IsPhrase: false, excluded));
            i = end;
        }
        return new UserQuery(parts);
    }
}
