using ClaimCheck.Diagnostics;
using static ClaimCheck.Tests.Model.LoaderFixtures;

namespace ClaimCheck.Tests.Model;

/// <summary>Well-formed models that do not hold together: spans, texts, ids and references.</summary>
[TestFixture]
public sealed class ArticleLoaderValidationTests
{
    [Test]
    public void Parse_SpanOutOfRange_ReportsCC4004AtTheBound()
    {
        var json = SmallJson.With("\"start\": 34, \"end\": 37 } }]", "\"start\": 34, \"end\": 70 } }]");

        var result = ParseJson(json);

        var diagnostic = LoaderAssert.Reports(result, "CC4004", 25, 65, "statements[0].quotes[0].span");
        Assert.That(diagnostic.Message, Is.EqualTo("Field 'statements[0].quotes[0].span': the span 34..70 lies outside the text, which has 39 characters."));
        Assert.That(result.Document, Is.Null);
    }

    [Test]
    public void Parse_QuoteTextMismatch_ReportsCC4005WarningAndKeepsDocument()
    {
        var json = SmallJson.With("[{ \"text\": \"yes\"", "[{ \"text\": \"yep\"");

        var result = ParseJson(json);

        var diagnostic = LoaderAssert.Reports(result, "CC4005", 25, 28, "statements[0].quotes[0].text");
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(diagnostic.Message, Is.EqualTo("Field 'statements[0].quotes[0].text': the span covers \"yes\", not \"yep\"."));
        Assert.That(result.HasErrors, Is.False);
        Assert.That(result.Document, Is.Not.Null);
    }

    [Test]
    public void Parse_LongTextMismatch_ShowsWhereTheTextsDiffer()
    {
        var text = new string('a', 100) + "b";
        var json = $$"""{ "id": "a", "text": "{{text}}", "claims": [{ "id": "c", "text": "{{new string('a', 100)}}c", "span": { "start": 0, "end": 101 } }] }""";

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4005", 1, 159, "claims[0].text");

        Assert.That(diagnostic.Message, Does.EndWith($"covers \"…{new string('a', 10)}b\", not \"…{new string('a', 10)}c\"."));
    }

    [Test]
    public void Parse_DuplicateEntityId_ReportsCC4007AtTheSecond()
    {
        var json = SmallJson
            .With("\"id\": \"e-spokesperson\"", "\"id\": \"e-ministry\"")
            .With("\"entity\": \"e-spokesperson\"", "\"entity\": \"e-ministry\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4007", 12, 13, "entities[1].id");

        Assert.That(diagnostic.Message, Does.Contain("'e-ministry' is used twice"));
    }

    [Test]
    public void Parse_DanglingEntityReferenceAfterNonAsciiText_ReportsCC4006WithSuggestion()
    {
        // The curly apostrophe earlier on the line is three bytes but one character.
        var json = SmallJson.With("\"entity\": \"e-spokesperson\"", "\"entity\": \"e-spokesman\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4006", 22, 68, "statements[0].source.entity");

        Assert.That(diagnostic.Message, Is.EqualTo("Field 'statements[0].source.entity': no entity has the id 'e-spokesman'."));
    }

    [Test]
    public void Parse_MisspeltOrganizationReference_ReportsCC4006WithSuggestion()
    {
        var json = SmallJson.With("\"organization\": \"e-ministry\"", "\"organization\": \"e-minstry\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4006", 15, 23, "entities[1].organization");

        Assert.That(diagnostic.Message, Does.EndWith("no entity has the id 'e-minstry'; did you mean 'e-ministry'?"));
    }

    [Test]
    public void Parse_UnknownStatementReference_ReportsCC4009()
    {
        var json = SmallJson.With("\"statement\": \"s1\"", "\"statement\": \"s2\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4009", 30, 103, "claims[0].statement");

        Assert.That(diagnostic.Message, Does.StartWith("Field 'claims[0].statement': no statement has the id 's2'"));
    }

    [Test]
    public void Parse_AttributedClaimWithoutStatement_ReportsCC4003()
    {
        var json = SmallJson.With("\"attributed\": true, \"statement\": \"s1\"", "\"attributed\": true");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 30, 84, "claims[0].attributed");

        Assert.That(diagnostic.Message, Does.Contain("names no statement"));
    }

    [Test]
    public void Parse_StatementOnUnattributedClaim_ReportsCC4003()
    {
        var json = SmallJson.With("\"attributed\": true, \"statement\": \"s1\"", "\"statement\": \"s1\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 30, 83, "claims[0].statement");

        Assert.That(diagnostic.Message, Does.Contain("is not attributed"));
    }

    [Test]
    public void Parse_SourceMapBeyondText_ReportsCC4004()
    {
        var json = SmallJson.With("  \"id\": \"a1\",\n", "  \"id\": \"a1\",\n  \"source\": { \"map\": [{ \"start\": 30, \"length\": 20, \"sourceStart\": 0 }] },\n");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4004", 3, 48, "source.map[0]");

        Assert.That(diagnostic.Message, Does.Contain("30..50"));
    }

    [Test]
    public void Parse_SeveralReferenceProblems_ReportsAll()
    {
        var json = SmallJson
            .With("\"entity\": \"e-spokesperson\"", "\"entity\": \"e-x\"")
            .With("\"statement\": \"s1\"", "\"statement\": \"s9\"")
            .With("[{ \"text\": \"yes\"", "[{ \"text\": \"yep\"");

        var result = ParseJson(json);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC4006", "CC4005", "CC4009" }));
    }
}
