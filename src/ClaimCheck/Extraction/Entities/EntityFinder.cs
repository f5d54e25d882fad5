using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>
/// Finds the entities of one sentence: name runs (classified by <see cref="RunClassifier"/>),
/// outlets named with a common noun ("Novosti agency"), a dateline place ("KESTREL, April 14 -"),
/// titles given in apposition (<see cref="Appositions"/>) and descriptions that refer back to an
/// organization or place ("the ministry", "the port authority").
/// </summary>
internal sealed class EntityFinder(string text, Lexicon lexicon, EntityRegistry registry)
{
    private static readonly HashSet<string> VerbsAfterDescription = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "cannot", "may", "might", "must", "should",
        "did", "does", "do", "withdrew", "made", "took", "gave", "began", "begun", "continues", "continued", "wants", "plans", "also",
    };

    private readonly RunClassifier _classifier = new(text, lexicon, registry);

    public List<ClassifiedRun> Sentence(IReadOnlyList<Token> tokens, bool headline, bool paragraphStart)
    {
        var classified = new List<ClassifiedRun>();
        if (!headline && paragraphStart)
            Dateline(tokens);
        if (headline)
        {
            Headline(tokens);
            return classified;
        }
        foreach (var run in NameRuns.Find(text, tokens, lexicon))
        {
            if (!headline && OutletWithNoun(tokens, run) is { } outlet)
            {
                classified.Add(outlet);
                continue;
            }
            classified.Add(_classifier.Classify(tokens, run, headline));
        }
        Descriptions(tokens);
        new Appositions(text, lexicon, registry).Apply(tokens, classified);
        return classified;
    }

    /// <summary>
    /// A Title Case headline capitalizes every word, so its runs say nothing about names: there
    /// only the names the body gave and the gazetteers' names are mentions, matched word by word.
    /// </summary>
    private void Headline(IReadOnlyList<Token> tokens)
    {
        // The body's names, most words first; at each word they come before the gazetteers' names of as many words.
        var known = registry.All.SelectMany(e => new[] { e.Name }.Concat(e.Aliases).Select(n => HeadlineName.Of(e, n, e.Kind)))
            .OrderByDescending(x => x.Words.Length)
            .ToArray();
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            words[i] = EntityRegistry.Normalize(tokens[i].Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var fromBody = FirstMatch(words, i, known);
            var fromGazetteer = FirstMatch(words, i, lexicon.Gazetteer.StartingWith(words[i]));
            var match = fromBody is not null && (fromGazetteer is null || fromBody.Words.Length >= fromGazetteer.Words.Length) ? fromBody : fromGazetteer;
            if (match is null)
                continue;
            var length = match.Words.Length;
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End);
            var target = match.Entity ?? registry.Find(match.Name) ?? registry.Add(match.Name, match.Kind);
            target.Mention(span, text[span.Start..span.End]);
            i += length - 1;
        }
    }

    /// <summary>The first of <paramref name="names"/> whose words are the (normalized) words at <paramref name="i"/>.</summary>
    private static HeadlineName? FirstMatch(string[] words, int i, IReadOnlyList<HeadlineName> names)
    {
        for (var n = 0; n < names.Count; n++)
        {
            var nameWords = names[n].Words;
            if (i + nameWords.Length > words.Length)
                continue;
            var all = true;
            for (var w = 0; w < nameWords.Length && all; w++)
                all = string.Equals(words[i + w], nameWords[w], StringComparison.OrdinalIgnoreCase);
            if (all)
                return names[n];
        }
        return null;
    }

    private ClassifiedRun? OutletWithNoun(IReadOnlyList<Token> tokens, NameRun run)
    {
        if (run.Possessive || run.Last + 1 >= tokens.Count)
            return null;
        var noun = tokens[run.Last + 1];
        if (!noun.IsWord || char.IsUpper(noun.Text[0]) || !lexicon.OutletWords.Contains(noun.Text))
            return null;
        var entity = registry.Find(run.Text) ?? registry.Add(run.Text, EntityKind.Outlet);
        entity.Kind = EntityKind.Outlet;
        var span = TextSpan.FromBounds(run.Span.Start, noun.End);
        entity.Mention(span, text[span.Start..span.End]);
        if (lexicon.Outlets.TryGetValue(entity.Name, out var known))
        {
            foreach (var alias in known.Aliases)
                registry.AddAlias(entity, alias);
            if (known.Country is not null)
                entity.Country ??= registry.Find(known.Country) ?? registry.Add(known.Country, EntityKind.Country);
        }
        // "Russia’s Novosti agency": the possessive country is the outlet's.
        if (run.First > 0 && tokens[run.First - 1].Possessive && registry.At(tokens[run.First - 1].Span) is { Kind: EntityKind.Country } country)
            entity.Country ??= country;
        return new ClassifiedRun(run, entity, span, null, null, TitleOnly: false);
    }

    /// <summary>"KESTREL, April 14 -": a place in capitals, a comma, and a dash soon after.</summary>
    private void Dateline(IReadOnlyList<Token> tokens)
    {
        var last = -1;
        while (last + 1 < tokens.Count && tokens[last + 1].IsWord && NameWords.IsAllCaps(tokens[last + 1].Text))
            last++;
        if (last < 0 || last + 1 >= tokens.Count || tokens[last + 1].Text != ",")
            return;
        if (!tokens.Take(Math.Min(tokens.Count, last + 8)).Any(t => t.Text is "-" or "—" or "–"))
            return;
        var span = TextSpan.FromBounds(tokens[0].Start, tokens[last].End);
        var written = text[span.Start..span.End];
        var name = string.Join(' ', written.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
        var entity = registry.Find(name) ?? registry.Add(name, EntityKind.Place);
        entity.Mention(span, written);
    }

    private void Descriptions(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("the"))
                continue;
            var words = new List<string>();
            var end = i;
            for (var k = i + 1; k < tokens.Count && k <= i + 2 && tokens[k].IsWord && !char.IsUpper(tokens[k].Text[0]); k++)
            {
                words.Add(tokens[k].Text);
                end = k;
                if (tokens[k].Possessive)
                    break;
            }
            while (words.Count > 0 && !NameRuns.IsHeadWord(words[^1], lexicon))
            {
                words.RemoveAt(words.Count - 1);
                end--;
            }
            if (words.Count == 0)
                continue;
            if (end + 1 < tokens.Count && !tokens[end].Possessive && tokens[end + 1] is { IsWord: true } next && !char.IsUpper(next.Text[0])
                && !VerbsAfterDescription.Contains(next.Text) && !next.Text.EndsWith("ed", StringComparison.Ordinal) && lexicon.Cues.Match([next.Text], 0) is null)
                continue;
            if (end + 1 < tokens.Count && tokens[end + 1].Is("of"))
                continue;
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[end].End);
            var entity = registry.Described(words, span.Start, e => e.Kind is EntityKind.Organization or EntityKind.Place or EntityKind.Outlet);
            entity?.Mention(span, text[span.Start..span.End]);
        }
    }
}
