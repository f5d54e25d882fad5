using System.Collections.Immutable;
using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Serialization;

/// <summary>Reads what <see cref="SyntaxTreeWriter"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
internal sealed class SyntaxTreeReader(BinaryReader reader)
{
    // The parser refuses deeper nesting, so a deeper entry is damaged, not a real rule file.
    private const int MaxDepth = RuleFileParser.MaxNestingDepth * 4;
    private int _depth;

    public ImmutableArray<MemberSyntax> ReadMembers() => List(Member);

    private ImmutableArray<T> List<T>(Func<T> read)
    {
        var count = Count();
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
            items.Add(read());
        return items.MoveToImmutable();
    }

    private MemberSyntax Member()
    {
        var (tag, span) = Start();
        return tag switch
        {
            SyntaxTag.ErrorMember => new ErrorMemberSyntax { Span = span },
            SyntaxTag.Ruleset => new RulesetSyntax(String()) { Span = span },
            SyntaxTag.Use => new UseSyntax(String()) { Span = span },
            SyntaxTag.Phrase => new PhraseSyntax(Name(), Name(), String(), Expression()) { Span = span },
            SyntaxTag.Rule => new RuleSyntax(Name(), OptionalString(), Clauses()) { Span = span },
            SyntaxTag.PolicyRule => new PolicyRuleSyntax(Name(), OptionalString(), Sentence(), Clauses()) { Span = span },
            _ => throw Damaged(tag),
        };
    }

    private PolicySentenceSyntax Sentence()
    {
        var span = Span();
        return new PolicySentenceSyntax(Names()) { Span = span };
    }

    private ImmutableArray<ClauseSyntax> Clauses() => List(Clause);

    private ClauseSyntax Clause()
    {
        var (tag, span) = Start();
        return tag switch
        {
            SyntaxTag.ForEach => new ForEachClauseSyntax(Name(), Name(), OptionalExpression()) { Span = span },
            SyntaxTag.Where => new WhereClauseSyntax(Expression()) { Span = span },
            SyntaxTag.Require => new RequireClauseSyntax(Expression()) { Span = span },
            SyntaxTag.Forbid => new ForbidClauseSyntax(Expression()) { Span = span },
            SyntaxTag.Report => new ReportClauseSyntax(reader.ReadBoolean() ? Template() : null) { Span = span },
            SyntaxTag.Message => new MessageClauseSyntax(Template()) { Span = span },
            SyntaxTag.Help => new HelpClauseSyntax(String()) { Span = span },
            SyntaxTag.Severity => new SeverityClauseSyntax(Name()) { Span = span },
            SyntaxTag.Tags => new TagsClauseSyntax(Names()) { Span = span },
            _ => throw Damaged(tag),
        };
    }

    private ExpressionSyntax? OptionalExpression() => reader.ReadBoolean() ? Expression() : null;

    private ExpressionSyntax Expression()
    {
        if (++_depth > MaxDepth)
            throw new InvalidDataException("The cached tree nests deeper than any rule file can.");
        var (tag, span) = Start();
        ExpressionSyntax expression = tag switch
        {
            SyntaxTag.Binary => new BinaryExpressionSyntax(Expression(), Enum<BinaryOperator>(), Span(), Expression(), reader.ReadBoolean()),
            SyntaxTag.Not => new NotExpressionSyntax(Expression()),
            SyntaxTag.Presence => new PresenceExpressionSyntax(Expression(), reader.ReadBoolean()),
            SyntaxTag.Matches => new MatchesExpressionSyntax(Expression(), Regex(), reader.ReadBoolean()),
            SyntaxTag.Path => new PathExpressionSyntax(Name(), Names()),
            SyntaxTag.Literal => new LiteralExpressionSyntax(Enum<LiteralKind>(), reader.ReadString()),
            SyntaxTag.List => new ListExpressionSyntax(Expressions()),
            SyntaxTag.Quantifier => new QuantifierExpressionSyntax(Enum<QuantifierKind>(), Span(), Name(), Expression(), OptionalExpression()),
            SyntaxTag.CSharp => new CSharpExpressionSyntax(reader.ReadString(), Span()),
            _ => throw Damaged(tag),
        };
        _depth--;
        return expression with { Span = span };
    }

    private ImmutableArray<ExpressionSyntax> Expressions() => List(Expression);

    private RegexSyntax Regex()
    {
        var span = Span();
        return new RegexSyntax(reader.ReadString(), reader.ReadString(), Span(), Span()) { Span = span };
    }

    private TemplateSyntax Template()
    {
        var span = Span();
        return new TemplateSyntax(List(TemplatePart)) { Span = span };
    }

    private TemplatePartSyntax TemplatePart()
    {
        var (tag, span) = Start();
        return tag switch
        {
            SyntaxTag.TemplateText => new TemplateTextSyntax(reader.ReadString()) { Span = span },
            SyntaxTag.TemplateHole => new TemplateHoleSyntax(Expression()) { Span = span },
            _ => throw Damaged(tag),
        };
    }

    private ImmutableArray<NameSyntax> Names() => List(Name);

    private NameSyntax Name()
    {
        var span = Span();
        return new NameSyntax(reader.ReadString()) { Span = span };
    }

    private StringSyntax? OptionalString() => reader.ReadBoolean() ? String() : null;

    private StringSyntax String()
    {
        var span = Span();
        return new StringSyntax(reader.ReadString()) { Span = span };
    }

    private (SyntaxTag Tag, TextSpan Span) Start() => ((SyntaxTag)reader.ReadByte(), Span());

    private TextSpan Span()
    {
        var start = reader.Read7BitEncodedInt();
        var length = reader.Read7BitEncodedInt();
        if (start < 0 || length < 0)
            throw new InvalidDataException("A cached span is negative.");
        return new TextSpan(start, length);
    }

    private int Count()
    {
        var count = reader.Read7BitEncodedInt();
        // Every node takes at least two bytes, so a count beyond what is left is damage.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("A cached list is longer than the entry.");
        return count;
    }

    private T Enum<T>() where T : struct, Enum
    {
        var value = reader.ReadByte();
        var result = (T)(object)(int)value;
        if (!System.Enum.IsDefined(result))
            throw new InvalidDataException($"A cached {typeof(T).Name} is out of range.");
        return result;
    }

    private static InvalidDataException Damaged(SyntaxTag tag) => new($"The cached tree has an unknown node tag {(int)tag}.");
}
