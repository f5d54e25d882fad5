using System.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Page ids for articles, made from their model ids (lower-case letters, digits and hyphens,
/// so they are safe in CSS selectors and URLs) and kept unique within the page.
/// </summary>
internal static class ArticleSlugs
{
    public static IReadOnlyList<string> For(IEnumerable<string> articleIds)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new List<string>();
        foreach (var id in articleIds)
        {
            var slug = Slug(id);
            var unique = slug;
            for (var n = 2; !used.Add(unique); n++)
                unique = $"{slug}-{n}";
            slugs.Add(unique);
        }
        return slugs;
    }

    private static string Slug(string id)
    {
        var builder = new StringBuilder();
        foreach (var c in id.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
