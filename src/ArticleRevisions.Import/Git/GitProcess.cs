using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ArticleRevisions.Import.Git;

/// <summary>Runs the <c>git</c> program on a repository: read-only commands, no pager, no prompts, literal paths.</summary>
internal sealed class GitProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> errors;
    private readonly string repository;

    private GitProcess(Process process, string repository)
    {
        this.process = process;
        this.repository = repository;
        errors = process.StandardError.ReadToEndAsync();
    }

    public Stream Output => process.StandardOutput.BaseStream;

    public Stream Input => process.StandardInput.BaseStream;

    /// <summary>Runs git with <paramref name="arguments"/> and returns all it printed; a failure is reported with git's first error line.</summary>
    public static byte[] Run(string repository, params string[] arguments)
    {
        using var git = Start(repository, redirectInput: false, arguments);
        using var output = new MemoryStream();
        git.Output.CopyTo(output);
        git.Finish();
        return output.ToArray();
    }

    public static GitProcess Start(string repository, bool redirectInput, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["-C", repository, "-c", "log.showSignature=false", "-c", "core.quotePath=false", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_LITERAL_PATHSPECS"] = "1";
        info.Environment["GIT_PAGER"] = "cat";
        try
        {
            return new GitProcess(Process.Start(info) ?? throw new ImportException(repository, 0, "git could not be started."), repository);
        }
        catch (Win32Exception e)
        {
            throw new ImportException(repository, 0, $"the git program could not be run ({e.Message}); install git and make sure it is on PATH.", e);
        }
    }

    /// <summary>Waits for git to end and throws with its first error line unless it succeeded.</summary>
    public void Finish()
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var first = errors.Result.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"git exited with code {process.ExitCode}";
            throw new ImportException(repository, 0, $"git failed: {first}");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
