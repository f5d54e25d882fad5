namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// Reporting cues by their written forms: "said" → lemma "say". Single words and phrases
/// ("point out", "according to"); a phrase is matched word by word, case-insensitively.
/// </summary>
internal sealed class CueLexicon
{
    private readonly Dictionary<string, List<(string[] Words, string Lemma)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public int LemmaCount { get; private set; }

    public static CueLexicon Parse(IEnumerable<string> lines)
    {
        var lexicon = new CueLexicon();
        var lemmas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.StartsWith('='))
            {
                var phrase = line[1..].Trim();
                lemmas.Add(phrase);
                lexicon.Add(phrase, phrase);
                continue;
            }
            var parts = line.Split('|', 2);
            var lemma = parts[0].Trim();
            lemmas.Add(lemma);
            var words = lemma.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rest = string.Join(' ', words.Skip(1));
            IEnumerable<string> forms = parts.Length > 1
                ? parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => words.Length == 1 || !rest.Split(' ').Contains(w))
                : Inflections.Of(words[0]);
            lexicon.Add(lemma, lemma);
            if (parts.Length > 1 && words.Length > 1)
            {
                // Explicit forms of a phrase are written out whole: "lays out laid out".
                var tokens = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + words.Length <= tokens.Length; i += words.Length)
                    lexicon.Add(string.Join(' ', tokens.Skip(i).Take(words.Length)), lemma);
                continue;
            }
            foreach (var form in forms)
                lexicon.Add(words.Length > 1 ? form + " " + rest : form, lemma);
        }
        lexicon.LemmaCount = lemmas.Count;
        return lexicon;
    }

    private void Add(string form, string lemma)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        if (!list.Any(e => e.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
            list.Add((words, lemma));
    }

    /// <summary>The longest cue starting at word <paramref name="index"/> of <paramref name="words"/>: its word count and lemma.</summary>
    public (int Length, string Lemma)? Match(IReadOnlyList<string> words, int index)
    {
        if (!_byFirstWord.TryGetValue(words[index], out var candidates))
            return null;
        (int, string)? best = null;
        foreach (var (cueWords, lemma) in candidates)
        {
            if (index + cueWords.Length > words.Count || (best is { } b && b.Item1 >= cueWords.Length))
                continue;
            var all = true;
            for (var i = 1; i < cueWords.Length && all; i++)
                all = string.Equals(words[index + i], cueWords[i], StringComparison.OrdinalIgnoreCase);
            if (all)
                best = (cueWords.Length, lemma);
        }
        return best;
    }
}
