namespace ClaimCheck.Binding.Bound;

/// <summary>Members every list or every text has, whatever its element type.</summary>
public enum BuiltinMember
{
    Count,
    First,
    Last,
    Length,
    Words,
    Lower,
    Upper,
}
