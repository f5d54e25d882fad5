using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Serialization;

/// <summary>
/// Writes a parsed rule file as compact binary for the parse cache: each node is a tag, its
/// span, then its fields in declaration order. <see cref="SyntaxTreeReader"/> reads it back.
/// </summary>
internal sealed class SyntaxTreeWriter(BinaryWriter writer)
{
    public void WriteMembers(IReadOnlyList<MemberSyntax> members)
    {
        writer.Write7BitEncodedInt(members.Count);
        foreach (var member in members)
            Member(member);
    }

    private void Member(MemberSyntax member)
    {
        switch (member)
        {
            case ErrorMemberSyntax:
                Start(SyntaxTag.ErrorMember, member);
                break;
            case RulesetSyntax ruleset:
                Start(SyntaxTag.Ruleset, member);
                String(ruleset.Name);
                break;
            case UseSyntax use:
                Start(SyntaxTag.Use, member);
                String(use.Path);
                break;
            case PhraseSyntax phrase:
                Start(SyntaxTag.Phrase, member);
                Name(phrase.Kind);
                Name(phrase.Variable);
                String(phrase.Text);
                Expression(phrase.Body);
                break;
            case RuleSyntax rule:
                Start(SyntaxTag.Rule, member);
                Name(rule.Id);
                OptionalString(rule.Title);
                Clauses(rule.Clauses);
                break;
            case PolicyRuleSyntax policy:
                Start(SyntaxTag.PolicyRule, member);
                Name(policy.Id);
                OptionalString(policy.Title);
                Span(policy.Sentence.Span);
                Names(policy.Sentence.Words);
                Clauses(policy.Clauses);
                break;
            default:
                throw new NotSupportedException($"The parse cache does not know {member.GetType().Name}.");
        }
    }

    private void Clauses(IReadOnlyList<ClauseSyntax> clauses)
    {
        writer.Write7BitEncodedInt(clauses.Count);
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ForEachClauseSyntax forEach:
                    Start(SyntaxTag.ForEach, clause);
                    Name(forEach.Kind);
                    Name(forEach.Variable);
                    OptionalExpression(forEach.Where);
                    break;
                case WhereClauseSyntax where:
                    Start(SyntaxTag.Where, clause);
                    Expression(where.Condition);
                    break;
                case RequireClauseSyntax require:
                    Start(SyntaxTag.Require, clause);
                    Expression(require.Condition);
                    break;
                case ForbidClauseSyntax forbid:
                    Start(SyntaxTag.Forbid, clause);
                    Expression(forbid.Condition);
                    break;
                case ReportClauseSyntax report:
                    Start(SyntaxTag.Report, clause);
                    writer.Write(report.Message is not null);
                    if (report.Message is not null)
                        Template(report.Message);
                    break;
                case MessageClauseSyntax message:
                    Start(SyntaxTag.Message, clause);
                    Template(message.Message);
                    break;
                case HelpClauseSyntax help:
                    Start(SyntaxTag.Help, clause);
                    String(help.Text);
                    break;
                case SeverityClauseSyntax severity:
                    Start(SyntaxTag.Severity, clause);
                    Name(severity.Level);
                    break;
                case TagsClauseSyntax tags:
                    Start(SyntaxTag.Tags, clause);
                    Names(tags.Tags);
                    break;
                default:
                    throw new NotSupportedException($"The parse cache does not know {clause.GetType().Name}.");
            }
        }
    }

    private void OptionalExpression(ExpressionSyntax? expression)
    {
        writer.Write(expression is not null);
        if (expression is not null)
            Expression(expression);
    }

    private void Expression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax binary:
                Start(SyntaxTag.Binary, expression);
                Expression(binary.Left);
                writer.Write((byte)binary.Operator);
                Span(binary.OperatorSpan);
                Expression(binary.Right);
                writer.Write(binary.Negated);
                break;
            case NotExpressionSyntax not:
                Start(SyntaxTag.Not, expression);
                Expression(not.Operand);
                break;
            case PresenceExpressionSyntax presence:
                Start(SyntaxTag.Presence, expression);
                Expression(presence.Operand);
                writer.Write(presence.Present);
                break;
            case MatchesExpressionSyntax matches:
                Start(SyntaxTag.Matches, expression);
                Expression(matches.Operand);
                Span(matches.Regex.Span);
                writer.Write(matches.Regex.Pattern);
                writer.Write(matches.Regex.Flags);
                Span(matches.Regex.PatternSpan);
                Span(matches.Regex.FlagsSpan);
                writer.Write(matches.Negated);
                break;
            case PathExpressionSyntax path:
                Start(SyntaxTag.Path, expression);
                Name(path.Root);
                Names(path.Members);
                break;
            case LiteralExpressionSyntax literal:
                Start(SyntaxTag.Literal, expression);
                writer.Write((byte)literal.Kind);
                writer.Write(literal.Text);
                break;
            case ListExpressionSyntax list:
                Start(SyntaxTag.List, expression);
                writer.Write7BitEncodedInt(list.Items.Length);
                foreach (var item in list.Items)
                    Expression(item);
                break;
            case QuantifierExpressionSyntax quantifier:
                Start(SyntaxTag.Quantifier, expression);
                writer.Write((byte)quantifier.Kind);
                Span(quantifier.KeywordSpan);
                Name(quantifier.Variable);
                Expression(quantifier.Source);
                OptionalExpression(quantifier.Condition);
                break;
            case CSharpExpressionSyntax csharp:
                Start(SyntaxTag.CSharp, expression);
                writer.Write(csharp.Code);
                Span(csharp.CodeSpan);
                break;
            default:
                throw new NotSupportedException($"The parse cache does not know {expression.GetType().Name}.");
        }
    }

    private void Template(TemplateSyntax template)
    {
        Span(template.Span);
        writer.Write7BitEncodedInt(template.Parts.Length);
        foreach (var part in template.Parts)
        {
            switch (part)
            {
                case TemplateTextSyntax text:
                    Start(SyntaxTag.TemplateText, part);
                    writer.Write(text.Text);
                    break;
                case TemplateHoleSyntax hole:
                    Start(SyntaxTag.TemplateHole, part);
                    Expression(hole.Expression);
                    break;
                default:
                    throw new NotSupportedException($"The parse cache does not know {part.GetType().Name}.");
            }
        }
    }

    private void Names(IReadOnlyList<NameSyntax> names)
    {
        writer.Write7BitEncodedInt(names.Count);
        foreach (var name in names)
            Name(name);
    }

    private void Name(NameSyntax name)
    {
        Span(name.Span);
        writer.Write(name.Text);
    }

    private void OptionalString(StringSyntax? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            String(value);
    }

    private void String(StringSyntax value)
    {
        Span(value.Span);
        writer.Write(value.Value);
    }

    private void Start(SyntaxTag tag, SyntaxNode node)
    {
        writer.Write((byte)tag);
        Span(node.Span);
    }

    private void Span(TextSpan span)
    {
        writer.Write7BitEncodedInt(span.Start);
        writer.Write7BitEncodedInt(span.Length);
    }
}
