namespace ClaimCheck.Fixtures;

public enum FixtureStatus
{
    Passed,
    Failed,
    Skipped,
}
