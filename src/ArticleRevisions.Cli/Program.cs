using System.CommandLine;
using System.Text;
using ArticleRevisions.Cli;

// Article text goes out as UTF-8 whatever the locale, so `show` stays byte for byte.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;

// Standard output is buffered (Console.Out writes through on every call) and flushed once at the end; a command that
// shows progress, such as watch, flushes as it goes. The console stream ignores a reader that went away (EPIPE).
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
var code = CliApp.Invoke(args, new InvocationConfiguration { Output = output }, CliServices.Default);
output.Flush();
return code;
