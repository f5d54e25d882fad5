using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ClaimCheck.Loading;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Serialization;
using ClaimCheck.Tests.Robustness;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Loading;

/// <summary>
/// A start-up that has seen the rules before reads their trees from the cache instead of
/// parsing: the trees must be the parser's exactly, and a damaged cache must never matter.
/// </summary>
public class ParsedRuleCacheTests
{
    private static IEnumerable<string> Corpus()
    {
        foreach (var name in BundledRules.Names)
            yield return BundledRules.Open(name)!.Text;
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));
        foreach (Match block in Regex.Matches(doc, @"```rules\n(.*?)```", RegexOptions.Singleline))
            yield return block.Groups[1].Value;
    }

    [Test]
    public void EveryCleanTree_ReadsBackAsTheParserMadeIt()
    {
        var texts = Corpus().ToList();
        var originals = texts.Count;
        for (var seed = 0; seed < FuzzSettings.Cases(300); seed++)
            texts.Add(Mutator.Mutate(texts[seed % originals], seed));

        var compared = 0;
        foreach (var text in texts)
        {
            var parsed = SyntaxTree.Parse(text, "x.rules");
            if (!parsed.Diagnostics.IsEmpty)
                continue;
            var read = RoundTrip(parsed);
            Assert.That(Describe(read.Members), Is.EqualTo(Describe(parsed.Members)), text);
            compared++;
        }
        TestContext.Out.WriteLine($"{compared} of {texts.Count} trees compared node by node.");
        Assert.That(compared, Is.GreaterThan(originals));
    }

    [Test]
    public void SecondLoad_ReadsTheCachedTree()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("pack/a.rules", "rule A1 \"Original\"\n  for each quote q\n  report\n");
        var options = new RuleSetOptions { CacheDirectory = folder.Of("cache") };

        var first = RuleSet.Load([rules], options);
        var entry = new ParsedRuleCache(folder.Of("cache", "rules")).PathOf(ParsedRuleCache.Key(File.ReadAllText(rules)));
        Assert.That(first.Find("A1")!.Title, Is.EqualTo("Original"));
        Assert.That(File.Exists(entry), "the first load keeps the parsed file");

        // Plant the entry of another text (of the same length, so its spans fit) under this file's key: a load that uses it shows its title.
        var other = new ParsedRuleCache(folder.Of("elsewhere"));
        var otherText = "rule A1 \"Replaced\"\n  for each quote q\n  report\n";
        other.Parse(ClaimCheck.Text.SourceText.From(otherText, "b.rules"));
        var planted = File.ReadAllBytes(other.PathOf(ParsedRuleCache.Key(otherText)));
        Assert.That(planted.Length, Is.GreaterThan(0));
        File.WriteAllBytes(entry, Rekey(planted, ParsedRuleCache.Key(otherText), ParsedRuleCache.Key(File.ReadAllText(rules))));

        Assert.That(RuleSet.Load([rules], options).Find("A1")!.Title, Is.EqualTo("Replaced"));
    }

    [Test]
    public void FileWithSyntaxErrors_IsNotKept()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("pack/a.rules", "rule A1\n  for each quote q\n  require q.text matches\n");
        var options = new RuleSetOptions { CacheDirectory = folder.Of("cache") };

        var loaded = RuleSet.Load([rules], options);

        Assert.That(loaded.HasErrors);
        Assert.That(File.Exists(new ParsedRuleCache(folder.Of("cache", "rules")).PathOf(ParsedRuleCache.Key(File.ReadAllText(rules)))), Is.False);
    }

    [TestCase("truncated")]
    [TestCase("flipped")]
    [TestCase("garbage")]
    [TestCase("empty")]
    public void DamagedEntry_IsParsedAgain_AndReplaced(string damage)
    {
        using var folder = new TempFolder();
        var text = BundledRules.Open("attribution.rules")!.Text.Replace("use \"prelude.rules\"", "use \"bundled:prelude.rules\"");
        var rules = folder.Write("pack/a.rules", text);
        var options = new RuleSetOptions { CacheDirectory = folder.Of("cache") };
        var expected = RuleSet.Load([rules], options);
        var entry = new ParsedRuleCache(folder.Of("cache", "rules")).PathOf(ParsedRuleCache.Key(text));
        var good = File.ReadAllBytes(entry);

        var bytes = (byte[])good.Clone();
        switch (damage)
        {
            case "truncated": bytes = bytes[..(bytes.Length / 2)]; break;
            case "flipped": bytes[^10] ^= 0x5A; break;
            case "garbage": new Random(7).NextBytes(bytes); break;
            case "empty": bytes = []; break;
        }
        File.WriteAllBytes(entry, bytes);

        var again = RuleSet.Load([rules], options);

        Assert.That(again.Diagnostics, Is.Empty);
        Assert.That(again.Rules.Select(r => r.Definition), Is.EqualTo(expected.Rules.Select(r => r.Definition)));
        Assert.That(File.ReadAllBytes(entry), Is.EqualTo(good), "the damaged entry is written anew");
    }

    [Test]
    public void CacheFolderThatCannotBeWritten_OnlyMeansParsing()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("pack/a.rules", "rule A1\n  for each quote q\n  report\n");
        var blocked = folder.Write("cache-is-a-file", "not a folder");

        var loaded = RuleSet.Load([rules], new RuleSetOptions { CacheDirectory = blocked });

        Assert.That(loaded.Diagnostics, Is.Empty);
        Assert.That(loaded.Find("A1"), Is.Not.Null);
    }

    private static SyntaxTree RoundTrip(SyntaxTree tree)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            new SyntaxTreeWriter(writer).WriteMembers(tree.Members);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return new SyntaxTree(tree.Text, new SyntaxTreeReader(reader).ReadMembers(), []);
    }

    /// <summary>Every node's type, span and fields, recursively: records compare their arrays by reference, so equality alone would not do.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        ClaimCheck.Text.TextSpan span => span.ToString(),
        Enum or bool or int => value.ToString()!,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => value.GetType().Name + "{" + string.Join(", ", value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + Describe(p.GetValue(value)))) + "}",
    };

    /// <summary>An entry names its key inside the checksummed payload; a planted entry is rewritten for its new key, checksum and all.</summary>
    private static byte[] Rekey(byte[] entry, string oldKey, string newKey)
    {
        const int header = 8 + 32;
        var payload = entry[header..];
        var oldKeyBytes = System.Text.Encoding.UTF8.GetBytes(oldKey);
        var newKeyBytes = System.Text.Encoding.UTF8.GetBytes(newKey);
        Assert.That(payload.AsSpan(1, oldKeyBytes.Length).SequenceEqual(oldKeyBytes));
        newKeyBytes.CopyTo(payload, 1);
        return [.. entry[..8], .. System.Security.Cryptography.SHA256.HashData(payload), .. payload];
    }
}
