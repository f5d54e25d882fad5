using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model.Serialization;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A user's lexicon folder is loaded once, yet an edit to it is seen and its problems are reported for every article.</summary>
public sealed class LexiconCacheTests
{
    [Test]
    public void UserLexicon_EditedBetweenArticles_IsReadAgain()
    {
        using var folder = new TempFolder();
        var cues = folder.Write("lex/cues.txt", "opine\n");
        var options = new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "lex") };
        var before = ArticleExtractor.Extract("Tomas Brandt opined that the port should reopen.", "a.txt", InputFormat.Text, options);

        File.WriteAllText(cues, "# edited\nmuse\n");
        File.SetLastWriteTimeUtc(cues, File.GetLastWriteTimeUtc(cues).AddMinutes(1));
        var opined = ArticleExtractor.Extract("Tomas Brandt opined that the port should reopen.", "a.txt", InputFormat.Text, options);
        var mused = ArticleExtractor.Extract("Tomas Brandt mused that the port should reopen.", "a.txt", InputFormat.Text, options);

        Assert.That(before.Document!.Article.Statements.Single().Cue!.Lemma, Is.EqualTo("opine"));
        Assert.That(opined.Document!.Article.Statements, Is.Empty);
        Assert.That(mused.Document!.Article.Statements.Single().Cue!.Lemma, Is.EqualTo("muse"));
    }

    [Test]
    public void UserLexicon_UnreadableFile_IsCC4105ForEveryArticle()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "lex", "titles.txt"));
        var options = new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "lex") };

        var first = ArticleExtractor.Extract("Text.", "a.txt", InputFormat.Text, options);
        var second = ArticleExtractor.Extract("Text.", "b.txt", InputFormat.Text, options);

        Assert.That(first.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC4105" }));
        Assert.That(second.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC4105" }));
    }

    [Test]
    public void UserLexicon_SharedByThreads_GivesTheSameModels()
    {
        using var folder = new TempFolder();
        folder.Write("lex/cues.txt", "opine\n");
        var options = new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "lex") };
        const string article = "Tomas Brandt, a spokesperson for the Kestrel Port Authority, opined that the port should reopen on Monday.";
        var expected = ArticleJson.Serialize(ArticleExtractor.Extract(article, "a.txt", InputFormat.Text, options).Document!.Article);

        var models = new string[16];
        Parallel.For(0, models.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            models[i] = ArticleJson.Serialize(ArticleExtractor.Extract(article, "a.txt", InputFormat.Text, options).Document!.Article));

        Assert.That(models, Is.All.EqualTo(expected));
    }
}
