using Selection.Cli;

return SelectionCli.Run(args, Console.Out, Console.Error);
