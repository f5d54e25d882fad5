using ClaimCheck.Extraction.Quality;
using ClaimCheck.Model;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The benchmark's scorer, tested on its own: the figures it prints are only as good as it is.</summary>
public class ExtractionScorerTests
{
    [Test]
    public void FieldScore_PrecisionRecallAndF1()
    {
        var score = FieldScore.Of(["a", "b", "c", "d"], ["a", "b", "x"]);

        Assert.That((score.Matched, score.Gold, score.Extracted), Is.EqualTo((2, 4, 3)));
        Assert.That(score.Precision, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(score.Recall, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(score.F1, Is.EqualTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5)).Within(1e-9));
        Assert.That(score.ToString(), Is.EqualTo("P 0.67  R 0.50  F1 0.57  (2 of 4 gold, 3 extracted)"));
    }

    [Test]
    public void FieldScore_EmptySides_AreNotDivisionsByZero()
    {
        Assert.That(FieldScore.Of([], []).F1, Is.EqualTo(1.0));
        Assert.That(FieldScore.Of(["a"], []).Recall, Is.EqualTo(0.0));
        Assert.That(FieldScore.Of(["a"], []).Precision, Is.EqualTo(1.0));
        Assert.That(FieldScore.Of(["a"], ["b"]).F1, Is.EqualTo(0.0));
    }

    [Test]
    public void FieldScore_Adds()
    {
        var sum = FieldScore.Of(["a"], ["a"]) + FieldScore.Of(["b", "c"], ["x"]);

        Assert.That((sum.Matched, sum.Gold, sum.Extracted), Is.EqualTo((1, 3, 2)));
    }

    [Test]
    public void Scorer_ModelAgainstItself_IsPerfectInEveryField()
    {
        var article = TestArticles.Port();

        var scores = ExtractionScorer.Fields(article, article).ToList();

        Assert.That(scores.Select(s => s.Field), Is.EqualTo(new[] { "statement", "source", "cue", "content", "form", "quote", "channel", "claim", "value", "entity", "mention" }));
        Assert.That(scores.Select(s => s.Score.F1), Has.All.EqualTo(1.0));
    }

    [Test]
    public void Scorer_AMissingChannelAndAWrongForm_CostExactlyThoseFields()
    {
        var gold = TestArticles.Port();
        var extracted = gold with
        {
            Statements =
            [
                gold.Statements[0] with { Form = StatementForm.Direct },
                gold.Statements[1] with { Channel = null },
            ],
        };

        var scores = ExtractionScorer.Fields(gold, extracted).ToDictionary(s => s.Field, s => s.Score);

        Assert.That((scores["channel"].Matched, scores["channel"].Gold, scores["channel"].Extracted), Is.EqualTo((0, 1, 0)));
        Assert.That((scores["form"].Matched, scores["form"].Gold, scores["form"].Extracted), Is.EqualTo((1, 2, 2)));
        Assert.That(scores["statement"].F1, Is.EqualTo(1.0));
        Assert.That(scores["source"].F1, Is.EqualTo(1.0));
    }
}
