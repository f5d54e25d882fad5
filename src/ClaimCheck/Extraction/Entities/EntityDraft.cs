using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>An entity while the article is being read: references to others are drafts, ids come last.</summary>
internal sealed class EntityDraft(string name, EntityKind kind, Dictionary<TextSpan, EntityDraft> spans)
{
    private readonly Dictionary<TextSpan, Mention> _spans = [];

    public string Name { get; set; } = name;
    public EntityKind Kind { get; set; } = kind;
    public List<string> Titles { get; } = [];
    public EntityDraft? Organization { get; set; }
    public EntityDraft? Country { get; set; }
    public List<string> Aliases { get; } = [];
    public List<Mention> Mentions { get; } = [];

    /// <summary>The title the organization was implied by ("Foreign Minister" → "Ministry of Foreign Affairs"), linked once all names are known.</summary>
    public string? ImpliedOrganization { get; set; }

    public string? Id { get; set; }

    public int FirstPosition => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Span.Start);

    public string Surname => Name.Split(' ')[^1];

    public Mention? MentionAt(TextSpan span) => _spans.GetValueOrDefault(span);

    /// <summary>Replaces the mention at a span (to give it a title found later).</summary>
    public void Remention(TextSpan span, string text, string? title)
    {
        if (_spans.Remove(span, out var old))
            Mentions.RemoveAt(Mentions.LastIndexOf(old));
        Mention(span, text, title);
    }

    /// <summary>
    /// The start of the last mention before <paramref name="position"/>, or -1. Mentions are added
    /// almost in text order, so the scan from the end stops after a few steps.
    /// </summary>
    public int LastMentionBefore(int position)
    {
        var best = -1;
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            var start = Mentions[i].Span.Start;
            if (start < position && start > best)
                best = start;
            if (best >= 0 && i < Mentions.Count - 8)
                break;
        }
        return best;
    }

    /// <summary>Whether a mention lies inside <paramref name="span"/>, scanning back from the latest.</summary>
    public bool HasMentionIn(TextSpan span, TextSpan except)
    {
        for (var i = Mentions.Count - 1; i >= 0 && i >= Mentions.Count - 64; i--)
        {
            if (span.Contains(Mentions[i].Span) && !except.Contains(Mentions[i].Span))
                return true;
        }
        return false;
    }

    public void Mention(TextSpan span, string text, string? title = null)
    {
        if (_spans.ContainsKey(span))
            return;
        var mention = new Mention { Span = span, Text = text, Title = title };
        _spans[span] = mention;
        spans.TryAdd(span, this);
        Mentions.Add(mention);
        if (title is not null && !Titles.Contains(title, StringComparer.Ordinal))
            Titles.Add(title);
    }
}
