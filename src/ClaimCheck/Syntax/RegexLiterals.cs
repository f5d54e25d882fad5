using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Syntax.Members;

namespace ClaimCheck.Syntax;

/// <summary>Every <c>matches /.../</c> of a parsed file, so their regexes can be built ahead of binding.</summary>
internal static class RegexLiterals
{
    public static IEnumerable<RegexSyntax> In(SyntaxTree tree) => tree.Members.SelectMany(InMember);

    private static IEnumerable<RegexSyntax> InMember(MemberSyntax member) => member switch
    {
        PhraseSyntax phrase => In(phrase.Body),
        RuleSyntax rule => rule.Clauses.SelectMany(InClause),
        PolicyRuleSyntax policy => policy.Clauses.SelectMany(InClause),
        _ => [],
    };

    private static IEnumerable<RegexSyntax> InClause(ClauseSyntax clause) => clause switch
    {
        ForEachClauseSyntax { Where: { } where } => In(where),
        WhereClauseSyntax where => In(where.Condition),
        RequireClauseSyntax require => In(require.Condition),
        ForbidClauseSyntax forbid => In(forbid.Condition),
        ReportClauseSyntax { Message: { } message } => In(message),
        MessageClauseSyntax message => In(message.Message),
        _ => [],
    };

    private static IEnumerable<RegexSyntax> In(TemplateSyntax template) =>
        template.Parts.OfType<TemplateHoleSyntax>().SelectMany(hole => In(hole.Expression));

    private static IEnumerable<RegexSyntax> In(ExpressionSyntax expression) => expression switch
    {
        MatchesExpressionSyntax matches => In(matches.Operand).Append(matches.Regex),
        BinaryExpressionSyntax binary => In(binary.Left).Concat(In(binary.Right)),
        NotExpressionSyntax not => In(not.Operand),
        PresenceExpressionSyntax presence => In(presence.Operand),
        ListExpressionSyntax list => list.Items.SelectMany(In),
        QuantifierExpressionSyntax quantifier => In(quantifier.Source).Concat(quantifier.Condition is { } condition ? In(condition) : []),
        _ => [],
    };
}
