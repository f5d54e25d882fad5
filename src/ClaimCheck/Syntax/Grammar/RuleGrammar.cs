using System.Collections.Immutable;
using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;
using Sprache;
using static ClaimCheck.Syntax.Grammar.TokenGrammar;

namespace ClaimCheck.Syntax.Grammar;

/// <summary>
/// The grammar of one top-level member (a rule, phrase, use or ruleset). The file-level loop,
/// with error recovery, lives in <see cref="RuleFileParser"/>.
/// </summary>
internal static class RuleGrammar
{
    public const string ClauseExpectation = "a clause (severity, for each, where, require, forbid, report, message, help, tags)";
    public const string MemberExpectation = "'rule', 'phrase', 'use' or 'ruleset'";

    private static readonly Parser<ExpressionSyntax> Expression = ExpressionGrammar.Expression;

    private static Parser<ClauseSyntax> Clause<T>(Parser<T> parser) where T : ClauseSyntax =>
        parser.Select(c => (ClauseSyntax)c);

    private static readonly Parser<ClauseSyntax> Severity = Clause(
        from keyword in Keyword("severity")
        from level in AnyName.Named("a severity (error, warning or info)")
        select new SeverityClauseSyntax(level) { Span = TextSpan.FromBounds(keyword.Start, level.Span.End) });

    private static readonly Parser<ClauseSyntax> ForEach = Clause(
        from forKeyword in Keyword("for")
        from each in Keyword("each")
        from kind in Name.Named("what to check (statement, quote, claim, entity, ...)")
        from variable in Name.Named("a variable name")
        from filter in (from w in Keyword("where") from condition in Expression select condition).XOptional()
        select new ForEachClauseSyntax(kind, variable, filter.GetOrDefault())
        {
            Span = TextSpan.FromBounds(forKeyword.Start, filter.IsDefined ? filter.Get().Span.End : variable.Span.End),
        });

    private static Parser<ClauseSyntax> ConditionClause(string keyword, Func<ExpressionSyntax, ClauseSyntax> make) =>
        from k in Keyword(keyword)
        from condition in Expression
        select make(condition) with { Span = TextSpan.FromBounds(k.Start, condition.Span.End) };

    private static readonly Parser<ClauseSyntax> Where = ConditionClause("where", c => new WhereClauseSyntax(c));
    private static readonly Parser<ClauseSyntax> Require = ConditionClause("require", c => new RequireClauseSyntax(c));
    private static readonly Parser<ClauseSyntax> Forbid = ConditionClause("forbid", c => new ForbidClauseSyntax(c));

    private static readonly Parser<ClauseSyntax> Report = Clause(
        from keyword in Keyword("report")
        from message in TemplateGrammar.Template.XOptional()
        select new ReportClauseSyntax(message.GetOrDefault())
        {
            Span = TextSpan.FromBounds(keyword.Start, message.IsDefined ? message.Get().Span.End : keyword.End),
        });

    private static readonly Parser<ClauseSyntax> Message = Clause(
        from keyword in Keyword("message")
        from message in TemplateGrammar.Template
        select new MessageClauseSyntax(message) { Span = TextSpan.FromBounds(keyword.Start, message.Span.End) });

    private static readonly Parser<ClauseSyntax> Help = Clause(
        from keyword in Keyword("help")
        from text in TokenGrammar.String
        select new HelpClauseSyntax(text) { Span = TextSpan.FromBounds(keyword.Start, text.Span.End) });

    private static readonly Parser<ClauseSyntax> Tags = Clause(
        from keyword in Keyword("tags")
        from tags in TagName.XDelimitedBy(Symbol(","))
        select new TagsClauseSyntax(tags.ToImmutableArray()) { Span = TextSpan.FromBounds(keyword.Start, tags.Last().Span.End) });

    private static readonly Parser<ClauseSyntax> AnyClause =
        Severity.Or(ForEach).Or(Where).Or(Require).Or(Forbid).Or(Report).Or(Message).Or(Help).Or(Tags).Named(ClauseExpectation);

    /// <summary>The rest of the line, split into words: the policy sentence.</summary>
    private static readonly Parser<PolicySentenceSyntax> PolicySentence =
        (from words in Parse.CharExcept(" \t\r\n#").AtLeastOnce().Text()
             .Select(w => new NameSyntax(w)).Spanned()
             .Then(w => Parse.Chars(" \t").Many().Return(w))
             .AtLeastOnce()
         select new PolicySentenceSyntax(words.ToImmutableArray()))
        .Select(s => s with { Span = TextSpan.FromBounds(s.Words[0].Span.Start, s.Words[^1].Span.End) })
        .Token()
        .Named("a policy sentence (statements ... must ...)");

    private static readonly Parser<MemberSyntax> Rule =
        from keyword in Keyword("rule")
        from id in RuleId
        from title in TokenGrammar.String.XOptional()
        from sentence in (from colon in Symbol(":") from s in PolicySentence select s).XOptional()
        from clauses in AnyClause.XMany()
        select Finish(keyword, id, title.GetOrDefault(), sentence.GetOrDefault(), clauses.ToImmutableArray());

    private static readonly Parser<MemberSyntax> Phrase =
        from keyword in Keyword("phrase")
        from kind in Name.Named("what the phrase is about (statement, quote, claim, ...)")
        from variable in Name.Named("a variable name")
        from text in TokenGrammar.String
        from means in Keyword("means")
        from body in Expression
        select (MemberSyntax)new PhraseSyntax(kind, variable, text, body) { Span = TextSpan.FromBounds(keyword.Start, body.Span.End) };

    private static readonly Parser<MemberSyntax> Use =
        from keyword in Keyword("use")
        from path in TokenGrammar.String
        select (MemberSyntax)new UseSyntax(path) { Span = TextSpan.FromBounds(keyword.Start, path.Span.End) };

    private static readonly Parser<MemberSyntax> Ruleset =
        from keyword in Keyword("ruleset")
        from name in TokenGrammar.String
        select (MemberSyntax)new RulesetSyntax(name) { Span = TextSpan.FromBounds(keyword.Start, name.Span.End) };

    public static readonly Parser<MemberSyntax> Member =
        Rule.Or(Phrase).Or(Use).Or(Ruleset).Named(MemberExpectation);

    public static readonly ImmutableArray<string> MemberKeywords = ["rule", "phrase", "use", "ruleset"];

    private static MemberSyntax Finish(TextSpan keyword, NameSyntax id, StringSyntax? title, PolicySentenceSyntax? sentence, ImmutableArray<ClauseSyntax> clauses)
    {
        var end = clauses.IsEmpty
            ? (sentence?.Span.End ?? title?.Span.End ?? id.Span.End)
            : clauses[^1].Span.End;
        var span = TextSpan.FromBounds(keyword.Start, end);
        return sentence is null
            ? new RuleSyntax(id, title, clauses) { Span = span }
            : new PolicyRuleSyntax(id, title, sentence, clauses) { Span = span };
    }
}
