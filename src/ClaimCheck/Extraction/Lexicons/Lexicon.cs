using ClaimCheck.Diagnostics;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// The word lists the extractor works from, read once from the data files (see
/// docs/extraction.md). Every decision the extractor makes can be traced to a line of one of them.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Bundled = new(() => Load(null, new DiagnosticBag()));

    public static Lexicon Default => Bundled.Value;

    public required CueLexicon Cues { get; init; }
    public required IReadOnlyDictionary<string, string?> Titles { get; init; }

    /// <summary><see cref="Titles"/> looked up by a span of the article's text, without a string.</summary>
    public required Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; init; }
    public required HashSet<string> TitleWords { get; init; }
    public required HashSet<string> AnonymousHeads { get; init; }
    public required HashSet<string> OrganizationWords { get; init; }
    public required HashSet<string> PlaceWords { get; init; }
    public required IReadOnlyDictionary<string, string?> Places { get; init; }
    public required IReadOnlyDictionary<string, string> CountryNames { get; init; }
    public required IReadOnlyDictionary<string, string> Demonyms { get; init; }
    public required HashSet<string> OutletWords { get; init; }
    public required IReadOnlyDictionary<string, OutletEntry> Outlets { get; init; }
    public required HashSet<string> Abbreviations { get; init; }
    public required IReadOnlyList<ChannelPattern> Channels { get; init; }
    public required IReadOnlyList<string> Connectives { get; init; }
    public required GazetteerNames Gazetteer { get; init; }
    public required ChannelIndex ChannelsByFirstWord { get; init; }

    public static Lexicon Load(string? userDirectory, DiagnosticBag diagnostics)
    {
        IEnumerable<string> Lines(string name) => LexiconFiles.Lines(name, userDirectory, diagnostics).Select(l => l.Line);
        static string[] Fields(string line) => line.Split('|').Select(f => f.Trim()).ToArray();

        var titles = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("titles.txt"))
        {
            var parts = line.Split("=>", 2);
            titles[parts[0].Trim()] = parts.Length > 1 ? parts[1].Trim() : null;
        }
        var places = new Dictionary<string, string?>(StringComparer.Ordinal);
        var placeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("places.txt"))
        {
            if (line.StartsWith('@'))
            {
                placeWords.Add(line[1..]);
                continue;
            }
            var f = Fields(line);
            places[f[0]] = f.Length > 1 && f[1].Length > 0 ? f[1] : null;
        }
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Lines("countries.txt").Select(Fields))
        {
            countries[f[0]] = f[0];
            if (f.Length > 1 && f[1].Length > 0)
                demonyms[f[1]] = f[0];
            foreach (var alias in f.Skip(2).Where(a => a.Length > 0))
                countries[alias] = f[0];
        }
        var outlets = new Dictionary<string, OutletEntry>(StringComparer.Ordinal);
        var outletWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines("outlets.txt"))
        {
            if (line.StartsWith('@'))
            {
                outletWords.Add(line[1..]);
                continue;
            }
            var f = Fields(line);
            var aliases = f.Length > 1 && f[1].Length > 0 ? f[1].Split(',').Select(a => a.Trim()).ToArray() : [];
            var entry = new OutletEntry(f[0], aliases, f.Length > 2 && f[2].Length > 0 ? f[2] : null);
            outlets[f[0]] = entry;
            foreach (var alias in aliases)
                outlets.TryAdd(alias, entry);
        }
        var channels = Lines("channels.txt").Select(ChannelPattern.Parse).OfType<ChannelPattern>().ToArray();
        return new Lexicon
        {
            Cues = CueLexicon.Parse(Lines("cues.txt")),
            Titles = titles,
            TitleLookup = titles.GetAlternateLookup<ReadOnlySpan<char>>(),
            TitleWords = new HashSet<string>(titles.Keys.SelectMany(t => t.Split(' ')), StringComparer.OrdinalIgnoreCase),
            AnonymousHeads = new HashSet<string>(Lines("anonymous.txt"), StringComparer.OrdinalIgnoreCase),
            OrganizationWords = new HashSet<string>(Lines("organizations.txt"), StringComparer.OrdinalIgnoreCase),
            PlaceWords = placeWords,
            Places = places,
            CountryNames = countries,
            Demonyms = demonyms,
            OutletWords = outletWords,
            Outlets = outlets,
            Abbreviations = new HashSet<string>(Lines("abbreviations.txt"), StringComparer.Ordinal),
            Channels = channels,
            Connectives = Lines("connectives.txt").OrderByDescending(c => c.Length).ToArray(),
            Gazetteer = GazetteerNames.Build(places.Keys, countries.Keys),
            ChannelsByFirstWord = ChannelIndex.Build(channels),
        };
    }
}

/// <summary>A known outlet: its name as the article is likely to give it, other names, and its country.</summary>
internal sealed record OutletEntry(string Name, IReadOnlyList<string> Aliases, string? Country);
