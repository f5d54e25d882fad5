using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Loading;
using ClaimCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Configuration;

/// <summary>Reads a <c>claimcheck.yaml</c>; every unknown key and bad value is a diagnostic at its line and column.</summary>
public static class ConfigLoader
{
    private static readonly string[] Keys = ["rules", "registry", "severity", "fail-on", "include", "exclude"];

    public static (ClaimCheckConfig Config, ImmutableArray<Diagnostic> Diagnostics) Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var display = DisplayPaths.Of(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.ReportAtPath(display, DiagnosticDescriptors.ConfigUnreadable, e.Message);
            return (ClaimCheckConfig.Default, [.. diagnostics.Items]);
        }
        var config = Parse(SourceText.From(text, display), Path.GetDirectoryName(Path.GetFullPath(path))!, diagnostics) with { Path = path };
        return (config, [.. diagnostics.Items]);
    }

    internal static ClaimCheckConfig Parse(SourceText text, string baseDirectory, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text.Text));
        }
        catch (YamlException e)
        {
            diagnostics.Report(text, SpanOf(text, e.Start, e.End), DiagnosticDescriptors.ConfigSyntax, e.Message.Trim().TrimEnd('.') + ".");
            return ClaimCheckConfig.Default;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections, without a position.
            var end = text.Text.TrimEnd().Length;
            diagnostics.Report(text, new TextSpan(end, 0), DiagnosticDescriptors.ConfigSyntax, "a bracket or brace is not closed before the end of the file.");
            return ClaimCheckConfig.Default;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return ClaimCheckConfig.Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Report(text, SpanOf(text, stream.Documents[0].RootNode.Start, stream.Documents[0].RootNode.End), DiagnosticDescriptors.InvalidConfigValue, "claimcheck.yaml", "the file must be a mapping of keys (rules, severity, fail-on, include, exclude).");
            return ClaimCheckConfig.Default;
        }

        var config = ClaimCheckConfig.Default;
        var reader = new ConfigReader(text, diagnostics);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "rules":
                    config = config with { Rules = reader.Strings(key, value).Select(r => r == BundledRules.Prefix || r.StartsWith(BundledRules.Prefix, StringComparison.Ordinal) ? r : Path.GetFullPath(Path.Combine(baseDirectory, r))).ToImmutableArray() };
                    break;
                case "registry":
                    config = config with { Registries = reader.Strings(key, value).Select(r => Path.GetFullPath(Path.Combine(baseDirectory, r))).ToImmutableArray() };
                    break;
                case "severity":
                    config = config with { Severity = reader.Severities(value) };
                    break;
                case "fail-on":
                    if (reader.Level(key, value, allowOff: false, out var level))
                        config = config with { FailOn = level, FailOnGiven = true };
                    break;
                case "include":
                    config = config with { Include = reader.Strings(key, value) };
                    break;
                case "exclude":
                    config = config with { Exclude = reader.Strings(key, value) };
                    break;
                default:
                    diagnostics.Report(text, SpanOf(text, keyNode.Start, keyNode.End), DiagnosticDescriptors.UnknownConfigKey, key, Suggestions.DidYouMean(key, Keys));
                    break;
            }
        }
        return config;
    }

    internal static TextSpan SpanOf(SourceText text, Mark start, Mark end)
    {
        var from = (int)Math.Clamp(start.Index, 0, text.Length);
        var to = (int)Math.Clamp(end.Index, from, text.Length);
        return TextSpan.FromBounds(from, to);
    }
}
