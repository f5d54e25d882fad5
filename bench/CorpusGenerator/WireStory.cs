using ClaimCheck.Model;
using ClaimCheck.Text;

namespace CorpusGenerator;

/// <summary>
/// One generated wire story: a headline, then paragraphs drawn at random from the attribution
/// patterns the extractor knows (spokesperson with a channel or without, titled officials,
/// apposition, anonymous sources with and without a reason, organizations as speakers,
/// "according to a statement"), plus plain prose with figures and dates.
/// </summary>
internal static class WireStory
{
    private static readonly string[] Places = ["Kestrel", "Marlow", "Ostrava Bay", "Port Talan", "Veyra", "Dunmore", "Calder", "Sarn"];
    private static readonly string[] Ministries = ["Ministry of Transport", "Ministry of Energy", "Ministry of the Interior", "Ministry of Health", "Ministry of Finance"];
    private static readonly string[] People = ["Ana Reyes", "Marcus Lee", "Ingrid Holm", "Tomas Varga", "Leila Haddad", "Kofi Mensah", "Yuki Tanaka", "Petra Novak", "Omar Farouk", "Clara Duval"];
    private static readonly string[] Outlets = ["Radio Norte", "the Daily Ledger", "Channel 4 News", "the Harbour Gazette", "Wire Service One"];
    private static readonly string[] Topics = ["the new port tariffs", "the rail strike", "the fuel subsidy", "the hospital budget", "the border crossing", "the water tariff"];
    private static readonly (string Verb, string Lemma)[] Verbs =
        [("said", "say"), ("told reporters", "tell"), ("stated", "state"), ("added", "add"), ("noted", "note"), ("warned", "warn"), ("announced", "announce")];

    public static Article Generate(int seed)
    {
        var random = new Random(seed);
        var b = new ArticleBuilder();
        var place = Pick(random, Places);
        var topic = Pick(random, Topics);
        var headline = $"Talks on {topic} resume in {place}";
        b.BeginParagraph();
        b.Write(headline);
        b.EndParagraph();

        var paragraphs = 6 + random.Next(10);
        for (var i = 0; i < paragraphs; i++)
        {
            switch (random.Next(7))
            {
                case 0: Spokesperson(b, random, withChannel: true); break;
                case 1: Spokesperson(b, random, withChannel: false); break;
                case 2: TitledOfficial(b, random); break;
                case 3: Anonymous(b, random); break;
                case 4: OrganizationSpeaks(b, random); break;
                case 5: AccordingToStatement(b, random); break;
                default: Prose(b, random, place, topic); break;
            }
        }
        return b.Build($"wire-{seed:D6}", headline, new DateOnly(2025, 1, 1).AddDays(seed % 365));
    }

    private static void Spokesperson(ArticleBuilder b, Random random, bool withChannel)
    {
        var ministry = Pick(random, Ministries);
        var person = Pick(random, People);
        var outlet = Pick(random, Outlets);
        b.BeginParagraph();
        var start = b.Position;
        var sourceSpan = b.Write($"The ministry's spokesperson, ");
        var nameSpan = b.Write(person);
        sourceSpan = TextSpan.FromBounds(sourceSpan.Start, nameSpan.End);
        b.Write(", ");
        var cue = b.Write("said");
        TextSpan? channelSpan = null;
        if (withChannel)
        {
            b.Write(" ");
            var before = b.Position;
            b.Write("in remarks to ");
            var outletSpan = b.Write(outlet);
            channelSpan = TextSpan.FromBounds(before, outletSpan.End);
            b.Entity(Id(outlet), outlet, EntityKind.Outlet, outletSpan);
        }
        b.Write(" that ");
        var contentStart = b.Position;
        b.Write("the measures would take effect ");
        b.Write("\"");
        var quote = b.Write($"as soon as the {Pick(random, ["budget", "board", "parliament"])} approves them");
        b.Write("\"");
        var content = TextSpan.FromBounds(contentStart, b.Position);
        b.Write(".");
        b.EndParagraph();

        b.EnsureEntity(Id(ministry), ministry, EntityKind.Organization);
        b.Entity(Id(person), person, EntityKind.Person, nameSpan, "spokesperson", Id(ministry));
        var id = b.NextStatementId;
        b.Add(new Statement
        {
            Id = id,
            Span = TextSpan.FromBounds(start, content.End),
            Source = new Source { Entity = Id(person), Text = b.Text(sourceSpan), Span = sourceSpan, Role = "spokesperson", Organization = Id(ministry) },
            Cue = new Cue { Text = "said", Lemma = "say", Span = cue },
            Content = new StatementContent { Text = b.Text(content), Span = content },
            Form = StatementForm.Mixed,
            Quotes = [new Quote { Text = b.Text(quote), Span = quote }],
            Channel = channelSpan is { } c ? new Channel { Kind = "remarks", Text = b.Text(c), Span = c, Outlet = Id(outlet) } : null,
        });
        b.Add(new Claim { Id = b.NextClaimId, Text = b.Text(content), Span = content, Attributed = true, Statement = id });
    }

    private static void TitledOfficial(ArticleBuilder b, Random random)
    {
        var person = Pick(random, People);
        var title = Pick(random, ["Deputy Minister", "Transport Minister", "Port Director", "Mayor"]);
        b.BeginParagraph();
        var titleSpan = b.Write(title + " ");
        var nameSpan = b.Write(person);
        var source = TextSpan.FromBounds(titleSpan.Start, nameSpan.End);
        b.Write(" ");
        var (verb, lemma) = Verbs[random.Next(Verbs.Length)];
        var cue = b.Write(verb);
        b.Write(" ");
        var content = b.Write($"talks on the {Pick(random, ["tariffs", "contract", "subsidy"])} would continue next week");
        b.Write(".");
        b.EndParagraph();
        b.Entity(Id(person), person, EntityKind.Person, nameSpan, title);
        var id = b.NextStatementId;
        b.Add(new Statement
        {
            Id = id,
            Span = TextSpan.FromBounds(source.Start, content.End),
            Source = new Source { Entity = Id(person), Text = b.Text(source), Span = source, Role = title },
            Cue = new Cue { Text = verb, Lemma = lemma, Span = cue },
            Content = new StatementContent { Text = b.Text(content), Span = content },
            Form = StatementForm.Indirect,
        });
        b.Add(new Claim { Id = b.NextClaimId, Text = b.Text(content), Span = content, Attributed = true, Statement = id });
    }

    private static void Anonymous(ArticleBuilder b, Random random)
    {
        var withReason = random.Next(2) == 0;
        b.BeginParagraph();
        var source = b.Write(withReason ? "An official who asked not to be named because the talks are private" : "Officials");
        b.Write(" ");
        var cue = b.Write("said");
        b.Write(" ");
        var content = b.Write($"about {100 + random.Next(5000)} workers had been affected");
        b.Write(".");
        b.EndParagraph();
        var id = b.NextStatementId;
        b.Add(new Statement
        {
            Id = id,
            Span = TextSpan.FromBounds(source.Start, content.End),
            Source = new Source
            {
                Anonymous = true, Text = b.Text(source), Span = source,
                Description = withReason ? "an official" : "officials",
                Reason = withReason ? "the talks are private" : null,
            },
            Cue = new Cue { Text = "said", Lemma = "say", Span = cue },
            Content = new StatementContent { Text = b.Text(content), Span = content },
            Form = StatementForm.Indirect,
        });
        var figure = new TextSpan(content.Start + 6, b.Text(content).Split(' ')[1].Length);
        b.Add(new Claim
        {
            Id = b.NextClaimId, Text = b.Text(content), Span = content, Attributed = true, Statement = id,
            Values = [new ClaimValue { Kind = ValueKind.Number, Text = b.Text(figure), Span = figure, Value = b.Text(figure) }],
        });
    }

    private static void OrganizationSpeaks(ArticleBuilder b, Random random)
    {
        var ministry = Pick(random, Ministries);
        b.BeginParagraph();
        b.Write("The ");
        var name = b.Write(ministry);
        var source = TextSpan.FromBounds(name.Start - 4, name.End);
        b.Write(" ");
        var cue = b.Write("announced");
        b.Write(" ");
        var content = b.Write("a review of the measures");
        b.Write(".");
        b.EndParagraph();
        b.Entity(Id(ministry), ministry, EntityKind.Organization, name);
        var id = b.NextStatementId;
        b.Add(new Statement
        {
            Id = id,
            Span = TextSpan.FromBounds(source.Start, content.End),
            Source = new Source { Entity = Id(ministry), Text = b.Text(source), Span = source, Organization = Id(ministry) },
            Cue = new Cue { Text = "announced", Lemma = "announce", Span = cue },
            Content = new StatementContent { Text = b.Text(content), Span = content },
            Form = StatementForm.Indirect,
        });
    }

    private static void AccordingToStatement(ArticleBuilder b, Random random)
    {
        var ministry = Pick(random, Ministries);
        b.BeginParagraph();
        var content = b.Write($"Exports through the port fell {2 + random.Next(30)}% in {2015 + random.Next(10)}");
        b.Write(", ");
        var cue = b.Write("according to");
        b.Write(" ");
        var channelStart = b.Position;
        b.Write("a statement issued by the ");
        var name = b.Write(ministry);
        var channel = TextSpan.FromBounds(channelStart, name.End);
        b.Write(".");
        b.EndParagraph();
        b.Entity(Id(ministry), ministry, EntityKind.Organization, name);
        var id = b.NextStatementId;
        b.Add(new Statement
        {
            Id = id,
            Span = TextSpan.FromBounds(content.Start, channel.End),
            Source = new Source { Entity = Id(ministry), Text = b.Text(name), Span = name, Organization = Id(ministry) },
            Cue = new Cue { Text = "according to", Lemma = "according to", Span = cue },
            Content = new StatementContent { Text = b.Text(content), Span = content },
            Form = StatementForm.Indirect,
            Channel = new Channel { Kind = "statement", Text = b.Text(channel), Span = channel, Outlet = Id(ministry) },
        });
        b.Add(new Claim { Id = b.NextClaimId, Text = b.Text(content), Span = content, Attributed = true, Statement = id, Values = Values(b, content) });
    }

    private static void Prose(ArticleBuilder b, Random random, string place, string topic)
    {
        b.BeginParagraph();
        var content = b.Write($"The port of {place} handled {1 + random.Next(900)} ships in {2010 + random.Next(15)}, and {topic} has been debated since then");
        b.Write(".");
        b.EndParagraph();
        b.Add(new Claim { Id = b.NextClaimId, Text = b.Text(content), Span = content, Values = Values(b, content) });
    }

    /// <summary>Numbers and years in a generated clause, found by scanning its digits.</summary>
    private static List<ClaimValue> Values(ArticleBuilder b, TextSpan span)
    {
        var text = b.Text(span);
        var values = new List<ClaimValue>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
                continue;
            var start = i;
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '%'))
                i++;
            var value = text[start..i];
            var kind = value.EndsWith('%') ? ValueKind.Percent : value.Length == 4 && value.StartsWith("20") ? ValueKind.Year : ValueKind.Number;
            values.Add(new ClaimValue { Kind = kind, Text = value, Span = new TextSpan(span.Start + start, value.Length), Value = value.TrimEnd('%') });
        }
        return values;
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static string Id(string name) => "e-" + new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
