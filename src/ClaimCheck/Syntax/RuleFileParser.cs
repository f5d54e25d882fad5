using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax.Grammar;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;
using Sprache;

namespace ClaimCheck.Syntax;

/// <summary>
/// Parses a rule file member by member. Sprache stops at the first failure, so this loop
/// reports the failure, skips to the next line that starts a member, and goes on: one
/// diagnostic per broken rule, and every other rule still parsed.
/// </summary>
internal static class RuleFileParser
{
    public const int MaxNestingDepth = 64;
    public const int MaxFileLength = 4 * 1024 * 1024;

    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        if (text.Length > MaxFileLength)
        {
            diagnostics.Report(text, new TextSpan(0, 0), DiagnosticDescriptors.FileTooLarge, MaxFileLength);
            return new SyntaxTree(text, members.ToImmutable(), [.. diagnostics.Items]);
        }

        IInput input = new Input(text.Text);
        input = TokenGrammar.Trivia(input).Remainder;
        while (!input.AtEnd)
        {
            var start = input.Position;
            var next = NextMemberStart(text.Text, start + 1);
            if (FindTooDeep(text.Text, start, next) is { } deep)
            {
                diagnostics.Report(text, new TextSpan(deep, 1), DiagnosticDescriptors.NestingTooDeep, MaxNestingDepth);
                members.Add(new ErrorMemberSyntax { Span = TextSpan.FromBounds(start, next) });
                input = AdvanceTo(input, next);
                continue;
            }

            var result = RuleGrammar.Member(input);
            if (result.WasSuccessful && (result.Remainder.AtEnd || StartsMember(text.Text, result.Remainder.Position)))
            {
                members.Add(result.Value);
                input = result.Remainder;
                continue;
            }

            var failure = result.Remainder.Position;
            var expected = result.WasSuccessful
                ? [RuleGrammar.ClauseExpectation, "the next 'rule'"]
                : result.Expectations.ToArray();
            ReportFailure(diagnostics, text, failure, expected, walkBack: !result.WasSuccessful);
            // Trailing trivia may have carried the failure onto the next rule's keyword: resume there, not after it.
            next = failure > start && StartsMember(text.Text, failure)
                ? failure
                : NextMemberStart(text.Text, Math.Max(failure, start + 1));
            members.Add(new ErrorMemberSyntax { Span = TextSpan.FromBounds(start, next) });
            input = AdvanceTo(input, next);
        }
        return new SyntaxTree(text, members.ToImmutable(), [.. diagnostics.Items]);
    }

    private static void ReportFailure(DiagnosticBag diagnostics, SourceText text, int position, string[] expected, bool walkBack)
    {
        // Tokens own their trailing trivia, so a failure lands after it; when that trivia ends a
        // line, point where the line ended (just after 'require', say), as Roslyn does.
        if (walkBack && EndOfPreviousToken(text.Text, position) is { } end)
            position = end;
        var found = DescribeToken(text.Text, position, out var length);
        var span = new TextSpan(position, length);
        if (expected.Contains(TokenGrammar.ClosingQuote))
            diagnostics.Report(text, span, DiagnosticDescriptors.UnterminatedString);
        else if (expected.Contains(TokenGrammar.ClosingSlash))
            diagnostics.Report(text, span, DiagnosticDescriptors.UnterminatedRegex);
        else if (expected.Contains(TokenGrammar.ClosingBrace))
            diagnostics.Report(text, span, DiagnosticDescriptors.UnterminatedInterpolation);
        else if (expected.Contains(TokenGrammar.ClosingCSharpBrace))
            diagnostics.Report(text, span, DiagnosticDescriptors.UnterminatedCSharp);
        else
            diagnostics.Report(text, span, DiagnosticDescriptors.UnexpectedToken, JoinExpectations(expected), found);
    }

    internal static string JoinExpectations(IReadOnlyList<string> expected)
    {
        var distinct = expected.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct().ToList();
        return distinct.Count switch
        {
            0 => "something else",
            1 => distinct[0],
            _ => string.Join(", ", distinct.Take(distinct.Count - 1)) + " or " + distinct[^1],
        };
    }

    private static int? EndOfPreviousToken(string text, int position)
    {
        var i = position;
        var sawNewline = false;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            sawNewline |= text[i - 1] is '\n' or '\r';
            i--;
        }
        if (i == 0)
            return null;
        // A comment on the previous line would be trivia too; only plain white space is walked back over.
        var lineStart = text.LastIndexOfAny(['\n', '\r'], Math.Max(0, i - 1)) + 1;
        var commentOnLine = text.IndexOf('#', lineStart, i - lineStart) >= 0;
        return sawNewline && i > 0 && !commentOnLine ? i : null;
    }

    /// <summary>"'severty'", "end of line" or "end of file", for "found ..." in messages.</summary>
    private static string DescribeToken(string text, int position, out int length)
    {
        length = 0;
        var p = position;
        while (p < text.Length && text[p] is ' ' or '\t')
            p++;
        if (p >= text.Length)
            return "the end of the file";
        if (text[p] is '\r' or '\n')
            return "the end of the line";
        var c = text[position];
        if (c is '\r' or '\n')
            return "the end of the line";
        var end = position;
        if (char.IsLetterOrDigit(c) || c == '_')
        {
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-') && end - position < 40)
                end++;
        }
        else
        {
            end = position + 1;
        }
        length = end - position;
        return "'" + text[position..end] + "'";
    }

    /// <summary>The offset of the next line that starts with a member keyword, or the end of the text.</summary>
    private static int NextMemberStart(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOfAny(['\r', '\n'], i);
            if (lineEnd < 0)
                return text.Length;
            i = lineEnd + 1;
            while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
                i++;
            if (StartsMember(text, i))
                return i;
        }
        return text.Length;
    }

    internal static bool StartsMemberAfterIndent(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
            position++;
        return StartsMember(text, position);
    }

    private static bool StartsMember(string text, int position)
    {
        foreach (var keyword in RuleGrammar.MemberKeywords)
        {
            if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) == 0)
            {
                var after = position + keyword.Length;
                if (after >= text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '_'))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The grammar recurses on parentheses and brackets, so a depth limit is checked before
    /// parsing: a hostile file nested 100,000 deep gets a diagnostic, not a stack overflow.
    /// </summary>
    private static int? FindTooDeep(string text, int start, int end)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c is '"' or '\n')
                    inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '#': while (i < end && text[i] != '\n') i++; break;
                case '(' or '[' or '{':
                    if (++depth > MaxNestingDepth)
                        return i;
                    break;
                case ')' or ']' or '}': depth = Math.Max(0, depth - 1); break;
            }
        }
        return null;
    }

    private static IInput AdvanceTo(IInput input, int position)
    {
        while (!input.AtEnd && input.Position < position)
            input = input.Advance();
        return input;
    }
}
