using System.Text;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>
/// The entities found so far, looked up by name, by surname and by the words of a description
/// ("the ministry"). Gives ids at the end, in order of first mention: a person by surname
/// (<c>e-vershinin</c>), anything else by its name.
/// </summary>
internal sealed class EntityRegistry
{
    // Indexes, so that a long article costs time in proportion to its length.
    private readonly List<EntityDraft> _entities = [];
    private readonly Dictionary<string, EntityDraft> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityDraft> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<EntityDraft>> _byHead = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<TextSpan, EntityDraft> _bySpan = [];

    public IReadOnlyList<EntityDraft> All => _entities;

    public EntityDraft Add(string name, EntityKind kind)
    {
        if (Find(name) is { } existing)
            return existing;
        var draft = new EntityDraft(name, kind, _bySpan);
        _entities.Add(draft);
        _byName[Normalize(name)] = draft;
        var words = name.Split(' ');
        if (kind == EntityKind.Person && words.Length > 1)
            _bySurname[Normalize(words[^1])] = draft;
        var of = Array.FindIndex(words, w => w is "of" or "for");
        foreach (var head in of > 0 ? new[] { words[^1], words[of - 1] } : [words[^1]])
        {
            if (!_byHead.TryGetValue(Normalize(head), out var list))
                _byHead[Normalize(head)] = list = [];
            if (!list.Contains(draft))
                list.Add(draft);
        }
        return draft;
    }

    public void AddAlias(EntityDraft entity, string alias)
    {
        if (entity.Aliases.Contains(alias, StringComparer.Ordinal))
            return;
        entity.Aliases.Add(alias);
        _byName.TryAdd(Normalize(alias), entity);
    }

    public EntityDraft? Find(string name) => _byName.GetValueOrDefault(Normalize(name));

    public EntityDraft? PersonBySurname(string surname) => _bySurname.GetValueOrDefault(Normalize(surname));

    public EntityDraft? At(TextSpan span) => _bySpan.GetValueOrDefault(span);

    /// <summary>The entity a description such as "the port authority" refers back to: the latest mentioned before it whose name ends with those words.</summary>
    public EntityDraft? Described(IReadOnlyList<string> words, int before, Func<EntityDraft, bool> kind)
    {
        EntityDraft? best = null;
        var bestPosition = -1;
        if (words.Count == 0 || !_byHead.TryGetValue(Normalize(words[^1]), out var candidates))
            return null;
        foreach (var entity in candidates.Where(kind))
        {
            var nameWords = entity.Name.Split(' ');
            if (!EndsWithOrHeads(nameWords, words))
                continue;
            var last = entity.LastMentionBefore(before);
            if (last > bestPosition)
            {
                best = entity;
                bestPosition = last;
            }
        }
        return best;
    }

    private static bool EndsWithOrHeads(string[] name, IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words.Count > name.Length)
            return false;
        var ends = true;
        for (var i = 0; i < words.Count && ends; i++)
            ends = Same(name[name.Length - words.Count + i], words[i]);
        // "the ministry" also refers to "Ministry of Interior": the head before "of".
        var of = Array.FindIndex(name, w => w is "of" or "for");
        return ends || (words.Count == 1 && of > 0 && Same(name[of - 1], words[0]));
    }

    public IReadOnlyList<Entity> Build()
    {
        var ordered = _entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.FirstPosition).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in ordered)
        {
            var baseId = "e-" + Slug(entity.Kind == EntityKind.Person ? entity.Surname : entity.Name);
            var id = baseId;
            if (used.Contains(id))
                id = "e-" + Slug(entity.Name);
            for (var n = 2; used.Contains(id); n++)
                id = baseId + "-" + n;
            used.Add(id);
            entity.Id = id;
        }
        return ordered.Select(e => new Entity
        {
            Id = e.Id!,
            Name = e.Name,
            Kind = e.Kind,
            Titles = e.Titles.ToArray(),
            Organization = e.Organization?.Id,
            Country = e.Country?.Id,
            Aliases = e.Aliases.ToArray(),
            Mentions = e.Mentions.OrderBy(m => m.Span.Start).ToArray(),
        }).ToArray();
    }

    internal static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    internal static string Normalize(string s) => s.Replace('’', '\'').Replace('–', '-');

    /// <summary>"al-Shar’a" gives "sharaa": particles dropped, letters only, lower case.</summary>
    internal static string Slug(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("el-", StringComparison.OrdinalIgnoreCase) ? w[3..] : w);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
            foreach (var c in word.Normalize(NormalizationForm.FormD))
            {
                if (char.IsAsciiLetterOrDigit(c))
                    builder.Append(char.ToLowerInvariant(c));
                else if (c is '-' or ' ' && builder.Length > 0 && builder[^1] != '-')
                    builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "entity" : slug;
    }
}
