namespace ClaimCheck.Model.Loading;

/// <summary>
/// Ids are unique within their list, every id a field refers to exists, and a claim's
/// <c>attributed</c> agrees with its <c>statement</c>.
/// </summary>
internal sealed class ModelReferenceValidator(Article article, ModelReporter report) : TwoPassValidator
{
    private readonly HashSet<string> _entities = Ids(article.Entities.Select(e => e.Id));
    private readonly HashSet<string> _statements = Ids(article.Statements.Select(s => s.Id));

    protected override void Walk()
    {
        Unique(article.Entities.Select(e => e.Id), "entities");
        Unique(article.Statements.Select(s => s.Id), "statements");
        Unique(article.Claims.Select(c => c.Id), "claims");

        for (var i = 0; i < article.Entities.Count; i++)
        {
            var path = Element(Top("entities"), i);
            Entity(Property(path, "organization"), article.Entities[i].Organization);
            Entity(Property(path, "country"), article.Entities[i].Country);
        }
        for (var i = 0; i < article.Statements.Count; i++)
        {
            var statement = article.Statements[i];
            var path = Element(Top("statements"), i);
            Entity(Property(Property(path, "source"), "entity"), statement.Source.Entity);
            Entity(Property(Property(path, "source"), "organization"), statement.Source.Organization);
            Entity(Property(Property(path, "channel"), "outlet"), statement.Channel?.Outlet);
        }
        for (var i = 0; i < article.Claims.Count; i++)
            ValidateClaim(article.Claims[i], Element(Top("claims"), i));
    }

    private void ValidateClaim(Claim claim, string path)
    {
        if (claim.Statement is { } statement)
        {
            if (!claim.Attributed && !Quietly())
                report.InvalidField(Property(path, "statement"), $"the claim names statement '{statement}' but is not attributed; set 'attributed' to true or remove 'statement'.");
            else if (claim.Attributed && !_statements.Contains(statement) && !Quietly())
                report.UnknownStatement(Property(path, "statement"), statement, _statements);
        }
        else if (claim.Attributed && !Quietly())
        {
            report.InvalidField(Property(path, "attributed"), "the claim is attributed but names no statement; add 'statement' or set 'attributed' to false.");
        }
    }

    private void Entity(string path, string? id)
    {
        if (id is not null && !_entities.Contains(id) && !Quietly())
            report.UnknownEntity(path, id, _entities);
    }

    /// <summary>Reports each repeat at the later occurrence, so the first keeps its meaning.</summary>
    private void Unique(IEnumerable<string> ids, string list)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            // Empty ids were already reported as missing values.
            if (id.Length > 0 && !seen.Add(id) && !Quietly())
                report.DuplicateId(Property(Element(Top(list), index), "id"), id);
            index++;
        }
    }

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
}
