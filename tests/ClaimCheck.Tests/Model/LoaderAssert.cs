using ClaimCheck.Diagnostics;
using ClaimCheck.Model.Loading;

namespace ClaimCheck.Tests.Model;

/// <summary>Assertions on loader diagnostics: ID, 1-based line and column in the model file, and the field named.</summary>
internal static class LoaderAssert
{
    /// <summary>Asserts the result holds exactly one diagnostic with <paramref name="id"/>, there, naming <paramref name="field"/>.</summary>
    public static Diagnostic Reports(ArticleLoadResult result, string id, int line, int column, string? field = null)
    {
        var matching = result.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.That(matching, Has.Length.EqualTo(1), "Diagnostics: " + Describe(result));
        var diagnostic = matching[0];
        Assert.That(diagnostic.Location, Is.Not.Null, diagnostic.ToString());
        var start = diagnostic.Location!.Start;
        Assert.That((start.Line + 1, start.Character + 1), Is.EqualTo((line, column)), diagnostic.ToString());
        if (field is not null)
            Assert.That(diagnostic.Message, Does.Contain($"'{field}'"), diagnostic.ToString());
        return diagnostic;
    }

    public static void Clean(ArticleLoadResult result)
    {
        Assert.That(result.Diagnostics, Is.Empty, Describe(result));
        Assert.That(result.Document, Is.Not.Null);
    }

    public static string Describe(ArticleLoadResult result) =>
        result.Diagnostics.Length == 0 ? "(none)" : string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
