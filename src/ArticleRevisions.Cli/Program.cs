using System.CommandLine;
using System.Text;
using ArticleRevisions.Cli;

// Text goes out as UTF-8 whatever the locale, so `show` stays byte for byte, through plain streams on the process's
// descriptors (StandardStreams): System.Console's set-up is a good part of a short run.
// Standard output is buffered and flushed once at the end; a command that shows progress, such as watch, flushes as
// it goes. Standard error is written through at once, so its buffer need not be large: a small one is a few pages less
// for every process to clear (the output's buffers are large objects, whose fresh pages are not cleared, only touched).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(StandardStreams.OpenOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
using var error = new StreamWriter(StandardStreams.OpenError(), utf8, bufferSize: 256) { AutoFlush = true };
var code = CliApp.Invoke(args, new InvocationConfiguration { Output = output, Error = error }, CliServices.Default);
output.Flush();
return code;
