using System.CommandLine;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli;

/// <summary>
/// Runs a command's body and turns the errors a user can cause into one line on standard error and exit code 2.
/// Anything else is a bug and is left to reach the default handler.
/// </summary>
internal static class CommandRunner
{
    public static int Run(ParseResult parseResult, Func<TextWriter, int> body)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return body(parseResult.InvocationConfiguration.Output);
        }
        // Filtered: only the exceptions a user can cause (Describe names them) are caught; any other is a bug and
        // propagates to the default handler with its stack trace.
        catch (Exception e) when (Describe(e) is { } message)
        {
            error.WriteLine($"artrev: {message}");
            return ExitCodes.Trouble;
        }
    }

    private static string? Describe(Exception e) => e switch
    {
        CliException or HistoryFormatException or TextDecodingException or RevisionOrderException or Import.ImportException => e.Message,
        FileNotFoundException f => $"{f.FileName}: no such file.",
        DirectoryNotFoundException or UnauthorizedAccessException or IOException => e.Message,
        _ => null,
    };
}
