using System.CommandLine;
using System.Text;
using ArticleRevisions.Cli;

// Text goes out as UTF-8 whatever the locale, so `show` stays byte for byte, through plain streams on the process's
// descriptors (StandardStreams): System.Console's set-up is a good part of a short run.
// Standard output is buffered and flushed once at the end; a command that shows progress, such as watch, flushes as
// it goes. It is encoded straight into its byte buffer (Utf8Output), with no character buffer between. Standard error
// is written through at once, so its buffer need not be large: a small one is a few pages less for every process to
// clear.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var output = new Utf8Output(StandardStreams.OpenOutput());
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
