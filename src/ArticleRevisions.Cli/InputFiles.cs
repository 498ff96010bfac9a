using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli;

/// <summary>Checks the paths users give before the library reads them, so errors name the path in plain words.</summary>
internal static class InputFiles
{
    public static string ReadText(string path, CliServices services)
    {
        if (path == "-")
        {
            using var stdin = services.OpenStandardInput();
            return ArticleText.ReadStream(stdin, "-");
        }

        RequireFile(path);
        return ArticleText.ReadFile(path);
    }

    public static HistoryFile OpenHistory(string path, HistoryFileOptions? options = null)
    {
        RequireFile(path);
        return HistoryFile.Open(path, options);
    }

    public static void RequireFile(string path)
    {
        if (path.Length == 0)
        {
            throw new CliException("a file name is empty; give the path of a file.");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }
    }
}
