using ClaimCheck.Bench;

// Timed console run (not a unit test): `dotnet run -c Release --project bench/ClaimCheck.Bench`.
return args switch
{
    ["measure", var mode, var count, var cache] => CSharpBlockBench.Measure(mode, int.Parse(count), cache),
    _ => CSharpBlockBench.Run(args.Length > 0 && int.TryParse(args[0], out var runs) ? runs : 5),
};
