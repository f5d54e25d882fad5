using System.Text;

namespace ClaimCheck.Benchmarks.Inputs;

/// <summary>
/// Wire stories of a chosen size, from the corpus generator's stories (bench/CorpusGenerator):
/// one story's headline, then the body paragraphs of stories 1, 2, 3, ... until the text is at
/// least the size asked for. Deterministic, so the host and the benchmark processes agree.
/// </summary>
public static class WireText
{
    public static string OfAtLeast(int bytes)
    {
        var text = new StringBuilder();
        for (var seed = 1; text.Length < bytes; seed++)
        {
            var paragraphs = CorpusGenerator.WireStory.Generate(seed).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            var first = seed == 1 ? 0 : 1; // later stories' headlines are dropped: one article, one headline
            for (var i = first; i < paragraphs.Length && text.Length < bytes; i++)
                text.Append(paragraphs[i]).Append("\n\n");
        }
        return text.ToString();
    }
}
