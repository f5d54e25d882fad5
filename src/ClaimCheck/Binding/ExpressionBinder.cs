using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Binding.Types;
using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;
using static ClaimCheck.Binding.Types.PrimitiveType;

namespace ClaimCheck.Binding;

/// <summary>
/// Type-checks expressions against <see cref="ModelSchema"/>. An operand that is already an
/// error produces a <see cref="BoundError"/> silently, so one mistake gives one diagnostic.
/// </summary>
internal sealed class ExpressionBinder
{
    private static readonly Dictionary<string, BuiltinMember> ListBuiltins = new(StringComparer.Ordinal)
    {
        ["count"] = BuiltinMember.Count,
        ["first"] = BuiltinMember.First,
        ["last"] = BuiltinMember.Last,
    };

    private static readonly Dictionary<string, BuiltinMember> TextBuiltins = new(StringComparer.Ordinal)
    {
        ["length"] = BuiltinMember.Length,
        ["words"] = BuiltinMember.Words,
        ["lower"] = BuiltinMember.Lower,
        ["upper"] = BuiltinMember.Upper,
    };

    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly CSharpBlockTable _blocks;

    public ExpressionBinder(SourceText text, DiagnosticBag diagnostics, CSharpBlockTable? blocks = null)
    {
        _text = text;
        _diagnostics = diagnostics;
        _blocks = blocks ?? new CSharpBlockTable();
    }

    public BoundExpression BindCondition(ExpressionSyntax syntax, Scope scope, string clause)
    {
        var bound = Bind(syntax, scope);
        if (bound.Type is not ErrorType && bound.Type != BooleanType)
        {
            Report(syntax.Span, DiagnosticDescriptors.NotACondition, clause, bound.Type.Describe());
            return new BoundError(syntax.Span);
        }
        return bound;
    }

    public BoundExpression Bind(ExpressionSyntax syntax, Scope scope) => syntax switch
    {
        LiteralExpressionSyntax literal => BindLiteral(literal),
        PathExpressionSyntax path => BindPath(path, scope),
        NotExpressionSyntax not => BindNot(not, scope),
        BinaryExpressionSyntax binary => BindBinary(binary, scope),
        PresenceExpressionSyntax presence => BindPresence(presence, scope),
        MatchesExpressionSyntax matches => BindMatches(matches, scope),
        ListExpressionSyntax list => BindList(list, scope),
        QuantifierExpressionSyntax quantifier => BindQuantifier(quantifier, scope),
        CSharpExpressionSyntax csharp => BindCSharp(csharp, scope),
        _ => throw new InvalidOperationException($"Unexpected syntax {syntax.GetType().Name}."),
    };

    public BoundTemplate BindTemplate(TemplateSyntax template, Scope scope) =>
        new(template.Parts.Select(part => part switch
        {
            TemplateTextSyntax text => (object)text.Text,
            TemplateHoleSyntax hole => Bind(hole.Expression, scope),
            _ => throw new InvalidOperationException("Unexpected template part."),
        }).ToImmutableArray());

    private BoundExpression BindLiteral(LiteralExpressionSyntax literal)
    {
        switch (literal.Kind)
        {
            case LiteralKind.String:
                return new BoundLiteral(Syntax.Grammar.StringUnquoter.Unquote(literal.Text), TextType, literal.Span);
            case LiteralKind.Boolean:
                return new BoundLiteral(literal.Text == "true", BooleanType, literal.Span);
            case LiteralKind.Date:
                if (DateOnly.TryParseExact(literal.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return new BoundLiteral(date, DateType, literal.Span);
                return ReportAndFail(literal.Span, DiagnosticDescriptors.InvalidNumber, literal.Text, "date (year-month-day)");
            default:
                if (double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                    return new BoundLiteral(number, NumberType, literal.Span);
                return ReportAndFail(literal.Span, DiagnosticDescriptors.InvalidNumber, literal.Text, "number");
        }
    }

    private BoundExpression BindPath(PathExpressionSyntax path, Scope scope)
    {
        if (scope.Lookup(path.Root.Text) is not { } variable)
        {
            var suggestion = Suggestions.DidYouMean(path.Root.Text, scope.Names);
            return ReportAndFail(path.Root.Span, DiagnosticDescriptors.UnknownName, path.Root.Text, suggestion);
        }

        BoundExpression current = new BoundVariable(path.Root.Text, variable.Slot, variable.Type, path.Root.Span);
        foreach (var member in path.Members)
        {
            var span = TextSpan.FromBounds(path.Span.Start, member.Span.End);
            current = BindMember(current, member.Text, member.Span, span);
            if (current is BoundError)
                return current;
        }
        return current;
    }

    private BoundExpression BindMember(BoundExpression target, string name, TextSpan nameSpan, TextSpan span)
    {
        switch (target.Type)
        {
            case ObjectType objectType:
                if (objectType.Member(name) is { } member)
                    return new BoundMember(target, member, span);
                return ReportAndFail(nameSpan, DiagnosticDescriptors.UnknownMember, objectType.Name, name,
                    Suggestions.DidYouMean(name, objectType.Members.Select(m => m.Name)));
            case ListType listType:
                if (ListBuiltins.TryGetValue(name, out var listBuiltin))
                    return new BoundBuiltin(target, listBuiltin, listBuiltin == BuiltinMember.Count ? NumberType : listType.Element, span);
                return ReportAndFail(nameSpan, DiagnosticDescriptors.UnknownMember, listType.Name, name,
                    Suggestions.DidYouMean(name, ListBuiltins.Keys) is "." ? $"; a list has count, first and last (use any(...) or all(...) to look inside it)." : Suggestions.DidYouMean(name, ListBuiltins.Keys));
            case PrimitiveType primitive when primitive == TextType && TextBuiltins.TryGetValue(name, out var textBuiltin):
                return new BoundBuiltin(target, textBuiltin, textBuiltin is BuiltinMember.Length or BuiltinMember.Words ? NumberType : TextType, span);
            default:
                return ReportAndFail(nameSpan, DiagnosticDescriptors.UnknownMember, target.Type.Name, name,
                    target.Type == TextType ? Suggestions.DidYouMean(name, TextBuiltins.Keys) : ".");
        }
    }

    private BoundExpression BindPresence(PresenceExpressionSyntax presence, Scope scope)
    {
        var operand = Bind(presence.Operand, scope);
        return operand is BoundError ? operand : new BoundPresence(operand, presence.Present, presence.Span);
    }

    private BoundExpression BindNot(NotExpressionSyntax not, Scope scope)
    {
        var operand = BindCondition(not.Operand, scope, "'not'");
        return operand is BoundError ? operand : new BoundNot(operand, not.Span);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax binary, Scope scope)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var keyword = binary.Operator == BinaryOperator.And ? "'and'" : "'or'";
            var l = BindCondition(binary.Left, scope, keyword);
            var r = BindCondition(binary.Right, scope, keyword);
            return l is BoundError || r is BoundError
                ? new BoundError(binary.Span)
                : new BoundBinary(l, binary.Operator, false, r, BooleanType, binary.Span);
        }

        var left = Bind(binary.Left, scope);
        var right = Bind(binary.Right, scope);
        if (left.Type is ErrorType || right.Type is ErrorType)
            return new BoundError(binary.Span);

        var ok = binary.Operator switch
        {
            BinaryOperator.Equal or BinaryOperator.NotEqual => left.Type.Equals(right.Type) && left.Type is not ListType,
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual =>
                left.Type.Equals(right.Type) && (left.Type == NumberType || left.Type == DateType),
            BinaryOperator.Contains => (left.Type == TextType && right.Type == TextType) || (left.Type is ListType l && l.Element.Equals(right.Type)),
            BinaryOperator.In => (left.Type == TextType && right.Type == TextType) || (right.Type is ListType r && r.Element.Equals(left.Type)),
            _ => false,
        };
        if (!ok)
        {
            var op = Syntax.SyntaxPrinter.Operator(binary.Operator, binary.Negated);
            Report(binary.OperatorSpan, DiagnosticDescriptors.TypeMismatch,
                $"'{op}' cannot be used with {left.Type.Describe()} and {right.Type.Describe()}{Hint(binary.Operator, left.Type, right.Type)}");
            return new BoundError(binary.Span);
        }
        return new BoundBinary(left, binary.Operator, binary.Negated, right, BooleanType, binary.Span);
    }

    private static string Hint(BinaryOperator op, ModelType left, ModelType right) => (op, left, right) switch
    {
        (BinaryOperator.Equal or BinaryOperator.NotEqual, ObjectType o, PrimitiveType p) when p == TextType =>
            $"; compare one of its members instead, such as '.{(o.Member("name") is not null ? "name" : "text")}'.",
        (BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual, _, _) =>
            "; order comparisons need two numbers or two dates.",
        (BinaryOperator.In, _, _) => "; 'in' needs a list (or text) on its right whose items are the same kind as its left.",
        (BinaryOperator.Contains, _, _) => "; 'contains' needs text on both sides, or a list and an item of it.",
        _ => ".",
    };

    private BoundExpression BindMatches(MatchesExpressionSyntax matches, Scope scope)
    {
        var operand = Bind(matches.Operand, scope);
        var (regex, error, offset, badFlag) = RegexFactory.Create(matches.Regex.Pattern, matches.Regex.Flags);
        if (badFlag is { } flag)
            return ReportAndFail(new TextSpan(matches.Regex.FlagsSpan.Start + offset, 1), DiagnosticDescriptors.UnknownRegexFlag, flag);
        if (regex is null)
        {
            // Point at the offending character; .NET reports errors found at the end (an unclosed group) past the pattern, so underline all of it then.
            var pattern = matches.Regex.PatternSpan;
            var span = pattern.Length == 0 || offset < 0 || offset + 1 >= pattern.Length ? matches.Regex.Span : new TextSpan(pattern.Start + offset, 1);
            return ReportAndFail(span, DiagnosticDescriptors.InvalidRegex, error);
        }
        if (operand.Type is ErrorType)
            return new BoundError(matches.Span);
        if (operand.Type != TextType)
        {
            Report(matches.Operand.Span, DiagnosticDescriptors.TypeMismatch,
                $"'matches' needs text on its left, but this is {operand.Type.Describe()}{(operand.Type is ObjectType o && o.Member("name") is not null ? "; try '.name'." : ".")}");
            return new BoundError(matches.Span);
        }
        return new BoundMatches(operand, regex, matches.Negated, matches.Span);
    }

    private BoundExpression BindList(ListExpressionSyntax list, Scope scope)
    {
        var items = list.Items.Select(i => Bind(i, scope)).ToImmutableArray();
        if (items.Any(i => i is BoundError))
            return new BoundError(list.Span);
        var element = items.IsEmpty ? TextType : items[0].Type;
        foreach (var (item, syntax) in items.Zip(list.Items))
        {
            if (!item.Type.Equals(element))
            {
                Report(syntax.Span, DiagnosticDescriptors.TypeMismatch,
                    $"The items of a list must be of one kind: this is {item.Type.Describe()}, the first is {element.Describe()}.");
                return new BoundError(list.Span);
            }
        }
        return new BoundList(items, new ListType(element), list.Span);
    }

    private BoundExpression BindQuantifier(QuantifierExpressionSyntax quantifier, Scope scope)
    {
        var keyword = quantifier.Kind.ToString().ToLowerInvariant();
        var source = Bind(quantifier.Source, scope);
        if (source is BoundError)
            return source;
        if (source.Type is not ListType listType)
            return ReportAndFail(quantifier.Source.Span, DiagnosticDescriptors.NotAList, keyword, source.Type.Describe());
        if (scope.Lookup(quantifier.Variable.Text) is not null)
            return ReportAndFail(quantifier.Variable.Span, DiagnosticDescriptors.DuplicateVariable, quantifier.Variable.Text);

        var inner = scope.Child();
        var slot = inner.Declare(quantifier.Variable.Text, listType.Element);
        BoundExpression? condition = null;
        if (quantifier.Condition is { } conditionSyntax)
        {
            condition = BindCondition(conditionSyntax, inner, $"'{keyword}'");
            if (condition is BoundError)
                return condition;
        }
        else if (quantifier.Kind != QuantifierKind.Count)
        {
            return ReportAndFail(quantifier.Span, DiagnosticDescriptors.UnexpectedToken, $"':' and a condition in '{keyword}(...)'", "')'");
        }
        var type = quantifier.Kind == QuantifierKind.Count ? NumberType : BooleanType;
        return new BoundQuantifier(quantifier.Kind, slot, source, condition, type, quantifier.Span);
    }

    /// <summary>The C# compiler reports a block's errors (CC3xxx); a block with errors is an error node here.</summary>
    private BoundExpression BindCSharp(CSharpExpressionSyntax csharp, Scope scope)
    {
        var variables = scope.Variables.Select(v => new CSharpVariable(v.Name, v.Slot, v.Type)).ToImmutableArray();
        var binding = _blocks.Bind(new CSharpBlockRequest(csharp, _text, variables));
        if (binding is null)
            return new BoundError(csharp.Span);
        _diagnostics.AddRange(binding.Diagnostics);
        return binding.Type is ErrorType ? new BoundError(csharp.Span) : new BoundCSharp(binding.Evaluate, binding.Type, csharp.Span);
    }

    private BoundError ReportAndFail(TextSpan span, DiagnosticDescriptor descriptor, params object?[] args)
    {
        Report(span, descriptor, args);
        return new BoundError(span);
    }

    private void Report(TextSpan span, DiagnosticDescriptor descriptor, params object?[] args) =>
        _diagnostics.Report(_text, span, descriptor, args);
}
