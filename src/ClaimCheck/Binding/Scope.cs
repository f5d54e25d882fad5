using ClaimCheck.Binding.Types;

namespace ClaimCheck.Binding;

/// <summary>Variables visible at one point of a rule, each in a numbered slot of the rule's evaluation frame.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, (int Slot, ModelType Type)> _variables = new(StringComparer.Ordinal);
    private readonly Scope? _parent;
    private readonly int[] _slotCounter;

    private Scope(Scope? parent, int[] slotCounter)
    {
        _parent = parent;
        _slotCounter = slotCounter;
    }

    public static Scope Root() => new(null, [0]);

    /// <summary>How many slots the rule's frame needs (every variable gets its own).</summary>
    public int SlotCount => _slotCounter[0];

    public Scope Child() => new(this, _slotCounter);

    public (int Slot, ModelType Type)? Lookup(string name) =>
        _variables.TryGetValue(name, out var v) ? v : _parent?.Lookup(name);

    public IEnumerable<string> Names => _variables.Keys.Concat(_parent?.Names ?? []);

    /// <summary>Every visible variable with a usable name (C# blocks see them all), in slot order.</summary>
    public IEnumerable<(string Name, int Slot, ModelType Type)> Variables =>
        _variables.Select(v => (Name: v.Key, v.Value.Slot, v.Value.Type))
            .Concat(_parent?.Variables ?? [])
            .Where(v => v.Name.Length > 0 && v.Name[0] != '\0')
            .OrderBy(v => v.Slot);

    public int Declare(string name, ModelType type)
    {
        var slot = _slotCounter[0]++;
        _variables[name] = (slot, type);
        return slot;
    }
}
