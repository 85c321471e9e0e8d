using ImrDsl.Cli;
using ImrDsl.Cli.Checking;

// The real process only: tests run ImrApp.Run in their own process, where a practice thread would only add noise.
Prewarm.StartFor(args);
return ImrApp.Run(args, Console.Out, Console.Error);
