using QaBot.Host.Cli;

return await QaBotCli.RunAsync(args);
