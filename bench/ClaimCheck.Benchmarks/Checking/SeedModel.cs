using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Model;
using ClaimCheck.Model.Loading;
using ClaimCheck.Registry;

namespace ClaimCheck.Benchmarks.Checking;

/// <summary>The seed article's hand-made model (examples/damascus.json) and the examples' registry, loaded once.</summary>
public static class SeedModel
{
    public static ArticleDocument Document()
    {
        var loaded = ArticleLoader.Parse(Examples.Read("damascus.json"), "damascus.json", ModelFormat.Json);
        return loaded.Document ?? throw new InvalidOperationException($"damascus.json does not load: {loaded.Diagnostics[0].Message}");
    }

    public static ReferenceRegistry Registry()
    {
        var loaded = RegistryLoader.FromText(Examples.Read("registry.yaml"));
        return loaded.HasErrors ? throw new InvalidOperationException($"registry.yaml does not load: {loaded.Diagnostics[0].Message}") : loaded.Registry;
    }
}
