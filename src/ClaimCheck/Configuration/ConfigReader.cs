using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Configuration;

/// <summary>Reads typed values out of configuration nodes, reporting each one that is the wrong shape where it stands.</summary>
internal sealed class ConfigReader(SourceText text, DiagnosticBag diagnostics)
{
    private static readonly string[] Levels = ["error", "warning", "info", "none", "off"];

    /// <summary>A single string or a list of strings.</summary>
    public ImmutableArray<string> Strings(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return [value];
            case YamlSequenceNode list:
                var items = ImmutableArray.CreateBuilder<string>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } v })
                        items.Add(v);
                    // "- bundled:" is YAML for a one-key mapping; read it as the text it looks like.
                    else if (item is YamlMappingNode { Children.Count: 1 } one && one.Children.Single() is { Key: YamlScalarNode { Value: { } k }, Value: YamlScalarNode { Value: null or "" } })
                        items.Add(k + ":");
                    else
                        Report(item, key, "each item must be a string.");
                }
                return items.ToImmutable();
            default:
                Report(node, key, "expected a string or a list of strings.");
                return [];
        }
    }

    public ImmutableArray<SeverityOverride> Severities(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(node, "severity", "expected a mapping of rule IDs or globs to error, warning, info or off (for example 'STYLE*: off').");
            return [];
        }
        var overrides = ImmutableArray.CreateBuilder<SeverityOverride>();
        foreach (var (key, value) in mapping.Children)
        {
            var pattern = (key as YamlScalarNode)?.Value ?? "";
            if (pattern.Length == 0 || pattern.IndexOf('*') is var star && star >= 0 && star != pattern.Length - 1)
            {
                Report(key, "severity", $"'{pattern}' is not a rule ID or a prefix glob such as 'STYLE*'.");
                continue;
            }
            if (Level($"severity.{pattern}", value, allowOff: true, out var level))
                overrides.Add(new SeverityOverride(pattern, level));
        }
        return overrides.ToImmutable();
    }

    /// <summary>error, warning, info; "off" (severity) or "none" (fail-on) read as null.</summary>
    public bool Level(string key, YamlNode node, bool allowOff, out DiagnosticSeverity? level)
    {
        level = null;
        var value = (node as YamlScalarNode)?.Value?.ToLowerInvariant();
        switch (value)
        {
            case "error": level = DiagnosticSeverity.Error; return true;
            case "warning": level = DiagnosticSeverity.Warning; return true;
            case "info": level = DiagnosticSeverity.Info; return true;
            case "off" when allowOff:
            case "none" when !allowOff:
                return true;
        }
        var allowed = allowOff ? "error, warning, info or off" : "error, warning, info or none";
        var suggestion = value is null ? "" : Suggestions.Nearest(value, Levels) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
        Report(node, key, $"expected {allowed}, found '{value}'{suggestion}.");
        return false;
    }

    private void Report(YamlNode node, string key, string message) =>
        diagnostics.Report(text, ConfigLoader.SpanOf(text, node.Start, node.End), DiagnosticDescriptors.InvalidConfigValue, key, message);
}
