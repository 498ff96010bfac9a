using System.CommandLine;
using System.Text;
using ArticleRevisions.Cli;

// Text goes out as UTF-8 whatever the locale, so `show` stays byte for byte, through plain streams on the process's
// descriptors (StandardStreams): System.Console's set-up is a good part of a short run.
// Standard output is buffered and flushed once at the end; a command that shows progress, such as watch, flushes as
// it goes. Standard error is written through at once, so its buffer need not be large: a small one is a few pages less
// for every process to clear (the output's buffers are large objects, whose fresh pages are not cleared, only touched).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Not disposed: disposing flushes again, and a flush that failed (a full disk) would only fail a second time.
var output = new StreamWriter(StandardStreams.OpenOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
// An error line of up to 1,024 characters (one with a long path) still goes out in one write.
using var error = new StreamWriter(StandardStreams.OpenError(), utf8, bufferSize: 1024) { AutoFlush = true };
var code = CliApp.Invoke(args, new InvocationConfiguration { Output = output, Error = error }, CliServices.Default);
try
{
    output.Flush();
}
catch (IOException e)
{
    // The last of the output could not be written (a full disk): one line, as CommandRunner reports a failed write.
    error.WriteLine($"artrev: {e.Message}");
    return ExitCodes.Trouble;
}

return code;
