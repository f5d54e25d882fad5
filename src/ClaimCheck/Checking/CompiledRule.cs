using ClaimCheck.Binding.Bound;

namespace ClaimCheck.Checking;

/// <summary>A bound rule with its filters, checks and message holes compiled to delegates.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(BoundRule rule)
    {
        Rule = rule;
        Filters = rule.Filters.Select(ExpressionCompiler.CompileCondition).ToArray();
        Checks = rule.Checks.Select(Compile).ToArray();
        MessageParts = rule.Message.Parts
            .Select(p => p is BoundExpression e ? ExpressionCompiler.Compile(e) : (object)p)
            .ToArray();
    }

    public BoundRule Rule { get; }

    public Func<EvaluationFrame, bool>[] Filters { get; }

    /// <summary>Each returns true when the subject breaks the rule.</summary>
    public Func<EvaluationFrame, bool>[] Checks { get; }

    /// <summary>Literal strings and compiled holes, in order.</summary>
    public object[] MessageParts { get; }

    private static Func<EvaluationFrame, bool> Compile(BoundCheck check)
    {
        switch (check.Kind)
        {
            case CheckKind.Require:
                var required = ExpressionCompiler.CompileCondition(check.Condition!);
                return frame => !required(frame);
            case CheckKind.Forbid:
                return ExpressionCompiler.CompileCondition(check.Condition!);
            default:
                return _ => true;
        }
    }
}
