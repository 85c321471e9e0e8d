using ImrDsl.Cli;

return ImrApp.Run(args, Console.Out, Console.Error);
