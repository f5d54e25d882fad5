using static ClaimCheck.Tests.Model.LoaderFixtures;

namespace ClaimCheck.Tests.Model;

/// <summary>
/// Malformed JSON and values of the wrong shape: each reported once, at its token, in words,
/// with line and column counted in characters although the text before them is not ASCII.
/// </summary>
[TestFixture]
public sealed class ArticleLoaderJsonTests
{
    [Test]
    public void Parse_TruncatedJson_ReportsCC4002AtEndOfFile()
    {
        var json = SmallJson[..SmallJson.IndexOf("\"claims\"", StringComparison.Ordinal)];

        var result = ParseJson(json);

        var diagnostic = LoaderAssert.Reports(result, "CC4002", 29, 3);
        Assert.That(diagnostic.Message, Does.StartWith("The file ends"));
        Assert.That(result.Document, Is.Null);
    }

    [Test]
    public void Parse_MissingCommaAfterNonAsciiText_ReportsCC4002AtCharacterColumn()
    {
        // Three curly marks of three bytes each come before the error: a byte column would be 59.
        var json = SmallJson.With("said “yes”.\",", "said “yes”.\" \"headline\": \"x\",");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4002", 3, 53);

        Assert.That(diagnostic.Message, Is.EqualTo("Expected ',' or a closing '}' or ']' after the value, found '\"'; a ',' is probably missing."));
    }

    [Test]
    public void Parse_TypographicQuotes_ReportsCC4002NamingTheMark()
    {
        var json = SmallJson.With("\"kind\": \"person\"", "“kind”: \"person\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4002", 14, 7);

        Assert.That(diagnostic.Message, Does.Contain("'“'").And.Contain("straight double quotes"));
    }

    [Test]
    public void Parse_TrailingComma_ReportsCC4002()
    {
        var json = SmallJson.With("\"kind\": \"remarks\" }", "\"kind\": \"remarks\", }");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4002", 26, 39);

        Assert.That(diagnostic.Message, Does.Contain("remove it"));
    }

    [Test]
    public void Parse_WrongEnumValue_ReportsCC4003ListingTheValues()
    {
        var json = SmallJson.With("\"form\": \"direct\"", "\"form\": \"quoted\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 24, 15, "statements[0].form");

        Assert.That(diagnostic.Message, Is.EqualTo("Field 'statements[0].form': expected one of direct, indirect, mixed, found 'quoted'."));
    }

    [Test]
    public void Parse_MisspeltEnumValue_SuggestsTheNearest()
    {
        var json = SmallJson.With("\"kind\": \"organization\"", "\"kind\": \"organisation\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 8, 15, "entities[0].kind");

        Assert.That(diagnostic.Message, Does.EndWith("found 'organisation'; did you mean 'organization'?"));
    }

    [Test]
    public void Parse_StringWhereNumberExpected_ReportsCC4003ExpectedNumber()
    {
        var json = SmallJson.With("\"start\": 28", "\"start\": \"zero\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 23, 51, "statements[0].cue.span.start");

        Assert.That(diagnostic.Message, Does.EndWith("expected a whole number, found 'zero'."));
    }

    [Test]
    public void Parse_UnknownField_ReportsCC4003AtTheNameWithSuggestion()
    {
        var json = SmallJson.With("\"form\": \"direct\"", "\"formm\": \"direct\"");

        var result = ParseJson(json);

        var unknown = result.Diagnostics.Single(d => d.Message.Contains("formm", StringComparison.Ordinal));
        Assert.That(unknown.Id, Is.EqualTo("CC4003"));
        Assert.That((unknown.Location!.Start.Line + 1, unknown.Location.Start.Character + 1), Is.EqualTo((24, 7)));
        Assert.That(unknown.Message, Is.EqualTo("Field 'statements[0].formm': a statement has no such field; did you mean 'form'?"));
        // The required 'form' is now missing too, reported at the statement.
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.One.Contains("'statements[0].form': the field is required but missing"));
    }

    [Test]
    public void Parse_UnknownFieldFarFromAnyName_ListsTheFields()
    {
        var json = SmallJson.With("\"kind\": \"remarks\" }", "\"kind\": \"remarks\", \"via\": \"phone\" }");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 26, 39, "statements[0].channel.via");

        Assert.That(diagnostic.Message, Does.EndWith("a channel has no such field; its fields are kind, text, span, outlet."));
    }

    [Test]
    public void Parse_MissingRequiredField_ReportsCC4003AtTheEnclosingObject()
    {
        var json = SmallJson.With("      \"form\": \"direct\",\n", "");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 19, 5, "statements[0].form");

        Assert.That(diagnostic.Message, Does.EndWith("the field is required but missing; expected one of direct, indirect, mixed."));
    }

    [Test]
    public void Parse_EmptyRequiredField_ReportsCC4003()
    {
        var json = SmallJson.With("\"name\": \"Spokesperson\"", "\"name\": \"\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 13, 15, "entities[1].name");

        Assert.That(diagnostic.Message, Does.EndWith("the field must not be empty."));
    }

    [Test]
    public void Parse_FieldGivenTwice_ReportsCC4003AtTheSecond()
    {
        var json = SmallJson.With("\"name\": \"Spokesperson\"", "\"name\": \"Spokesperson\", \"name\": \"Spokesman\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 13, 31, "entities[1].name");

        Assert.That(diagnostic.Message, Does.Contain("more than once"));
    }

    [Test]
    public void Parse_NullList_ReportsCC4003()
    {
        var json = SmallJson.With("\"mentions\": [{", "\"mentions\": null, \"mention\": [{");

        var result = ParseJson(json);

        var diagnostic = result.Diagnostics.First(d => d.Message.Contains("'entities[0].mentions'", StringComparison.Ordinal));
        Assert.That((diagnostic.Location!.Start.Line + 1, diagnostic.Location.Start.Character + 1), Is.EqualTo((9, 19)));
        Assert.That(diagnostic.Message, Does.EndWith("expected a list, found null."));
    }

    [Test]
    public void Parse_SpanEndingBeforeItStarts_ReportsCC4003()
    {
        var json = SmallJson.With("\"start\": 28, \"end\": 32", "\"start\": 32, \"end\": 28");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 23, 40, "statements[0].cue.span");

        Assert.That(diagnostic.Message, Does.Contain("starts at 32 but ends at 28"));
    }

    [Test]
    public void Parse_ChannelKindOutsideVocabulary_ReportsCC4003WithSuggestion()
    {
        var json = SmallJson.With("\"kind\": \"remarks\"", "\"kind\": \"remark\"");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 26, 28, "statements[0].channel.kind");

        Assert.That(diagnostic.Message, Does.Contain("expected one of remarks, statement, interview, post, report, briefing, press-conference, other, found 'remark'; did you mean 'remarks'?"));
    }

    [Test]
    public void Parse_DateInOtherFormat_ReportsCC4003()
    {
        var json = SmallJson.With("  \"id\": \"a1\",\n", "  \"id\": \"a1\",\n  \"published\": \"14 April 2025\",\n");

        var diagnostic = LoaderAssert.Reports(ParseJson(json), "CC4003", 3, 16, "published");

        Assert.That(diagnostic.Message, Does.Contain("like 2025-04-14"));
    }

    [Test]
    public void Parse_ArrayAtTopLevel_ReportsCC4002()
    {
        var diagnostic = LoaderAssert.Reports(ParseJson("[]"), "CC4002", 1, 1);

        Assert.That(diagnostic.Message, Does.Contain("found a list"));
    }

    [Test]
    public void Parse_SeveralProblems_ReportsEachInFileOrder()
    {
        var json = SmallJson
            .With("\"kind\": \"organization\"", "\"kind\": \"organisation\"")
            .With("\"start\": 28", "\"start\": \"zero\"")
            .With("\"form\": \"direct\"", "\"form\": \"quoted\"");

        var result = ParseJson(json);

        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Location!.Start.Line + 1)), Is.EqualTo(new[] { ("CC4003", 8), ("CC4003", 23), ("CC4003", 24) }));
        Assert.That(result.Document, Is.Null);
    }
}
