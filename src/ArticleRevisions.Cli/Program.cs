using System.CommandLine;
using ArticleRevisions.Cli;

return CliApp.Invoke(args, new InvocationConfiguration(), CliServices.Default);
