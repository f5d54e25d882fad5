using ClaimCheck.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return ClaimCheckCli.Run(args, CliContext.FromConsole());
