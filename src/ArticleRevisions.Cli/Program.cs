using System.CommandLine;
using ArticleRevisions.Cli;

// Article text goes out as UTF-8 whatever the locale, so `show` stays byte for byte.
Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Invoke(args, new InvocationConfiguration(), CliServices.Default);
