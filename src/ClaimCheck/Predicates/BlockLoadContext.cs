using System.Reflection;
using System.Runtime.Loader;

namespace ClaimCheck.Predicates;

/// <summary>
/// Loads one block assembly beside the ClaimCheck that compiled it, so the model types the
/// blocks use are the very types the checker passes them, whichever context ClaimCheck is in.
/// </summary>
internal sealed class BlockLoadContext() : AssemblyLoadContext("claimcheck-csharp-blocks", IsClaimCheckCollectible)
{
    private static readonly Assembly ClaimCheck = typeof(BlockLoadContext).Assembly;

    // A context may only reference a collectible one (ClaimCheck loaded as a plugin) if it is collectible too.
    private static bool IsClaimCheckCollectible => GetLoadContext(typeof(BlockLoadContext).Assembly)?.IsCollectible ?? false;

    public static Assembly Load(byte[] image) => new BlockLoadContext().LoadFromStream(new MemoryStream(image));

    protected override Assembly? Load(AssemblyName name) =>
        name.Name == ClaimCheck.GetName().Name ? ClaimCheck : null;
}
