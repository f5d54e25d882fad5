using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Any input ends with a model or a clear error. (How fast is measured in bench/, not here.)</summary>
public sealed class RobustnessTests
{
    [Test]
    public void FiveMegabyteSingleParagraph_GivesAModel()
    {
        var sentence = "Officials said the “talks in Kestrel, with the Port Authority,” would resume on Monday at 4.5 percent. ";
        var text = new StringBuilder();
        while (text.Length < 5_000_000)
            text.Append(sentence);

        var result = ArticleExtractor.Extract(text.ToString(), "big.txt", InputFormat.Text);

        Assert.That(result.Document!.Article.Paragraphs, Has.Count.EqualTo(1));
        Assert.That(result.Document.Article.Statements.Count, Is.EqualTo(result.Document.Article.Sentences.Count));
    }

    [Test]
    public void FiveMegabytesWithoutPunctuation_GivesAModel()
    {
        var text = string.Concat(Enumerable.Repeat("Marcus Lee of the Harbour Union said “the ", 120_000));

        var result = ArticleExtractor.Extract(text, "big.txt", InputFormat.Text);

        Assert.That(result.Document, Is.Not.Null);
        Assert.That(result.Document!.Article.Notes, Is.Not.Empty, "the quotes are never closed");
    }

    [Test]
    public void RandomBytes_EndWithAModelOrAClearError([Values(1, 2, 3, 4, 5)] int seed)
    {
        using var folder = new TempFolder();
        var bytes = new byte[20_000];
        new Random(seed).NextBytes(bytes);
        var path = Path.Combine(folder.Path, "junk.txt");
        File.WriteAllBytes(path, bytes);

        var result = ArticleLoader.Load(path);

        Assert.That(result.Document is not null || result.Diagnostics.Any(d => d.Id is "CC4101" or "CC4102"), Is.True);
    }

    [TestCase(InputFormat.Text)]
    [TestCase(InputFormat.Markdown)]
    [TestCase(InputFormat.Html)]
    public void PrintableJunk_GivesAModel(InputFormat format)
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ “”\"'‘’«»„.,;:!?-—…\n<>/&#*_`[]()0123456789";
        var text = new string(Enumerable.Range(0, 50_000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

        var result = ArticleExtractor.Extract(text, "junk", format);

        Assert.That(result.Document, Is.Not.Null);
        Assert.That(result.HasErrors, Is.False);
    }

    [Test]
    public void ExtractedModels_PassTheLoadersOwnChecks()
    {
        foreach (var name in new[] { "damascus.txt", "port-strike.txt" })
        {
            var extracted = ArticleLoader.Load(RepoPaths.Of("examples", name)).Document!.Article;
            var json = ClaimCheck.Model.Serialization.ArticleJson.Serialize(extracted);

            var reloaded = ArticleLoader.Parse(json, name + ".json", ModelFormat.Json);

            Assert.That(reloaded.Diagnostics, Is.Empty, name);
        }
    }
}
