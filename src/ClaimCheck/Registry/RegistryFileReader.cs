using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Registry;

/// <summary>
/// Reads one registry file's YAML into entries, reporting each bad field at its line and column.
/// A bad field is left out and the rest of the entry kept, so one mistake gives one diagnostic.
/// </summary>
internal sealed class RegistryFileReader
{
    // Aliases (*name) can repeat a node many times over; an honest file has fewer values than
    // characters, so expansion is capped well above that (as for YAML article models).
    private const int MinNodeBudget = 100_000;

    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics;

    private RegistryFileReader(SourceText text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<RegistryEntry> Read(SourceText text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text.Text));
        }
        catch (YamlException e)
        {
            var at = (int)Math.Clamp(e.Start.Index, 0, text.Length);
            diagnostics.Report(text, new TextSpan(at, 0), DiagnosticDescriptors.RegistrySyntax, $"The YAML does not parse: {Sentence(e.Message)}");
            return [];
        }
        if (stream.Documents.Count == 0)
            return [];
        var root = stream.Documents[0].RootNode;
        if (!WithinBudget(root, MinNodeBudget + 4 * text.Length))
        {
            diagnostics.Report(text, new TextSpan(0, 0), DiagnosticDescriptors.RegistrySyntax, "The YAML expands to too many values through its aliases.");
            return [];
        }
        var reader = new RegistryFileReader(text, diagnostics);
        return reader.ReadRoot(root);
    }

    private static bool WithinBudget(YamlNode root, int budget)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        var count = 0;
        while (pending.Count > 0)
        {
            if (++count > budget)
                return false;
            switch (pending.Pop())
            {
                case YamlSequenceNode list:
                    foreach (var item in list)
                        pending.Push(item);
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }
                    break;
            }
        }
        return true;
    }

    private IReadOnlyList<RegistryEntry> ReadRoot(YamlNode root)
    {
        if (root is not YamlMappingNode mapping)
        {
            Report(root, DiagnosticDescriptors.RegistrySyntax, "A registry file must be a mapping with 'people', 'organizations' and 'outlets' lists.");
            return [];
        }
        var entries = new List<RegistryEntry>();
        foreach (var (key, value) in Fields(mapping, RegistryFields.Root, "a registry file"))
        {
            var kind = key switch
            {
                "people" => RegistryEntryKind.Person,
                "organizations" => RegistryEntryKind.Organization,
                _ => RegistryEntryKind.Outlet,
            };
            if (value is YamlScalarNode { Value: null or "" })
                continue;
            if (value is not YamlSequenceNode list)
            {
                Report(value, DiagnosticDescriptors.RegistryWrongShape, key, "a list of entries");
                continue;
            }
            foreach (var item in list)
            {
                if (ReadEntry(item, kind) is { } entry)
                    entries.Add(entry);
            }
        }
        return entries;
    }

    private RegistryEntry? ReadEntry(YamlNode node, RegistryEntryKind kind)
    {
        var what = kind.ToString().ToLowerInvariant();
        if (node is not YamlMappingNode mapping)
        {
            Report(node, DiagnosticDescriptors.RegistryWrongShape, $"A {what} entry", "a mapping of fields (id, name, ...)");
            return null;
        }
        var allowed = kind switch
        {
            RegistryEntryKind.Person => RegistryFields.Person,
            RegistryEntryKind.Organization => RegistryFields.Organization,
            _ => RegistryFields.Outlet,
        };
        var entry = new RegistryEntry { Kind = kind, Location = Locate(mapping) };
        var offices = new List<YamlNode>();
        foreach (var (key, value) in Fields(mapping, allowed, $"a {what}"))
        {
            entry = key switch
            {
                "id" => Scalar(value, key) is { } id ? entry with { Id = id, Location = Locate(value) } : entry,
                "name" => entry with { Name = Scalar(value, key) ?? "" },
                "fullName" => entry with { FullName = Scalar(value, key) },
                "aliases" => ReadAliases(entry, value),
                "nationality" or "country" => entry with { Country = Scalar(value, key) },
                "parent" => entry with { Parent = Scalar(value, key) },
                "kind" => entry with { OutletKind = OutletKind(value) },
                "source" => entry with { Source = Scalar(value, key) },
                _ => entry,
            };
            if (key == "offices")
            {
                if (value is YamlSequenceNode list)
                    offices.AddRange(list);
                else
                    Report(value, DiagnosticDescriptors.RegistryWrongShape, key, "a list of offices");
            }
        }
        var complete = Require(mapping, entry.Id, "id", what) & Require(mapping, entry.Name, "name", what);
        if (!complete)
            return null;
        var holder = entry.Id;
        return entry with { Offices = offices.Select(o => ReadOffice(o, holder)).OfType<RegistryOffice>().ToImmutableArray() };
    }

    private RegistryOffice? ReadOffice(YamlNode node, string holder)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(node, DiagnosticDescriptors.RegistryWrongShape, "An office", "a mapping of fields (title, from, to, ...)");
            return null;
        }
        string? title = null;
        string? organization = null;
        var aliases = ImmutableArray<string>.Empty;
        RegistryDate? from = null, to = null;
        YamlNode? toNode = null;
        foreach (var (key, value) in Fields(mapping, RegistryFields.Office, "an office"))
        {
            switch (key)
            {
                case "title": title = Scalar(value, key); break;
                case "aliases": aliases = Names(value, key).Select(n => n.Name).ToImmutableArray(); break;
                case "organization": organization = Scalar(value, key); break;
                case "from": from = Date(value, key); break;
                case "to": to = Date(value, key); toNode = value; break;
            }
        }
        if (!Require(mapping, title, "title", "office"))
            return null;
        if (from is not null && to is not null && to.Latest < from.Earliest)
        {
            Report(toNode!, DiagnosticDescriptors.RegistryEndBeforeStart, to, from);
            to = null;
        }
        return new RegistryOffice(holder, title!, aliases, organization, from, to) { Location = Locate(mapping) };
    }

    private RegistryEntry ReadAliases(RegistryEntry entry, YamlNode value)
    {
        var names = Names(value, "aliases");
        return entry with { Aliases = names.Select(n => n.Name).ToImmutableArray(), AliasLocations = names.Select(n => n.Location).ToImmutableArray() };
    }

    private List<(string Name, TextLocation Location)> Names(YamlNode value, string key)
    {
        var names = new List<(string, TextLocation)>();
        if (value is YamlScalarNode { Value: null or "" })
            return names;
        if (value is not YamlSequenceNode list)
        {
            Report(value, DiagnosticDescriptors.RegistryWrongShape, key, "a list of names");
            return names;
        }
        foreach (var item in list)
        {
            if (Scalar(item, key) is { } name)
                names.Add((name, Locate(item)));
        }
        return names;
    }

    private string? OutletKind(YamlNode value)
    {
        var kind = Scalar(value, "kind");
        if (kind is null || RegistryFields.OutletKinds.Contains(kind, StringComparer.Ordinal))
            return kind;
        Report(value, DiagnosticDescriptors.RegistryUnknownOutletKind, kind);
        return null;
    }

    private RegistryDate? Date(YamlNode value, string key)
    {
        if (Scalar(value, key) is not { } text)
            return null;
        if (RegistryDate.Parse(text) is { } date)
            return date;
        Report(value, DiagnosticDescriptors.RegistryMalformedDate, text);
        return null;
    }

    /// <summary>The mapping's fields in file order; unknown keys are reported (with a suggestion) and skipped.</summary>
    private IEnumerable<(string Key, YamlNode Value)> Fields(YamlMappingNode mapping, string[] allowed, string what)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Report(keyNode, DiagnosticDescriptors.RegistryUnknownKey, key, what, Suggestions.DidYouMean(key, allowed));
                continue;
            }
            yield return (key, value);
        }
    }

    private string? Scalar(YamlNode value, string key)
    {
        if (value is YamlScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        Report(value, DiagnosticDescriptors.RegistryWrongShape, key, "a single value");
        return null;
    }

    private bool Require(YamlMappingNode mapping, string? value, string key, string what)
    {
        if (!string.IsNullOrEmpty(value))
            return true;
        // A field that is present but bad has its own diagnostic already.
        if (!mapping.Children.Keys.Any(k => k is YamlScalarNode s && s.Value == key))
            Report(mapping, DiagnosticDescriptors.RegistryMissingField, what, key);
        return false;
    }

    private TextLocation Locate(YamlNode node) => new(_text, SpanOf(node));

    /// <summary>A mapping or list is shown by its first character, so the underline stays on one line.</summary>
    private TextSpan SpanOf(YamlNode node)
    {
        var from = (int)Math.Clamp(node.Start.Index, 0, _text.Length);
        var to = node is YamlScalarNode ? (int)Math.Clamp(node.End.Index, from, _text.Length) : Math.Min(from + 1, _text.Length);
        return TextSpan.FromBounds(from, to);
    }

    private void Report(YamlNode node, DiagnosticDescriptor descriptor, params object?[] args) =>
        _diagnostics.Report(descriptor, Locate(node), args);

    private static string Sentence(string message)
    {
        var text = message.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
