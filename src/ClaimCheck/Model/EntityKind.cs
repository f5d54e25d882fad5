namespace ClaimCheck.Model;

public enum EntityKind
{
    Person,
    Organization,
    Outlet,
    Place,
    Country,
}
