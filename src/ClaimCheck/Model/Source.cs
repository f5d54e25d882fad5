using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>The speaker of a statement: a named entity, or an unnamed source with a description.</summary>
public sealed record Source
{
    /// <summary>The speaker's entity id, when the speaker is named.</summary>
    public string? Entity { get; init; }

    /// <summary>The source phrase as the article gives it ("The ministry's spokesperson, Nour al-Din al-Baba").</summary>
    public string? Text { get; init; }

    public TextSpan? Span { get; init; }

    /// <summary>The role or title given in this statement ("spokesperson").</summary>
    public string? Role { get; init; }

    /// <summary>The organization the speaker speaks for, as an entity id.</summary>
    public string? Organization { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>For an unnamed source: how the article describes it ("officials", "a source close to the talks").</summary>
    public string? Description { get; init; }

    /// <summary>For an unnamed source: the reason the article gives for not naming it.</summary>
    public string? Reason { get; init; }
}
