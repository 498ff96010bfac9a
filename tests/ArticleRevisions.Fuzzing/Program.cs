using System.Globalization;
using ArticleRevisions.Fuzzing;

// run TARGET [EXECUTIONS] [SEED]: the in-process fuzzer; afl TARGET: one input from AFL++ per run, through SharpFuzz;
// append FILE WRITER COUNT SIZE and read-loop FILE STOPFILE: the child processes of the store's many-process tests.
switch (args)
{
    case ["run", var name, .. var rest] when FuzzTargets.Find(name) is { } target:
        var executions = rest.Length > 0 ? long.Parse(rest[0], CultureInfo.InvariantCulture) : 1_000_000;
        var seed = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 1;
        var report = FuzzRunner.Run(target, executions, seed);
        Console.WriteLine($"{report.Target}: {report.Executions:N0} executions in {report.Elapsed.TotalSeconds:F1} s ({report.Executions / report.Elapsed.TotalSeconds:N0}/s), {report.Failed} failures");
        foreach (var (input, error) in report.Failures.Take(3))
        {
            Console.WriteLine($"--- {Convert.ToBase64String(input)}\n{error}");
        }

        return report.Failed == 0 ? 0 : 1;
    case ["afl", var name] when FuzzTargets.Find(name) is { } target:
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;
    case ["append", var path, var writer, var count, var size]:
        return StoreDriver.Append(path, writer, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(size, CultureInfo.InvariantCulture));
    case ["read-loop", var path, var stop]:
        return StoreDriver.ReadLoop(path, stop);
    default:
        Console.Error.WriteLine($"usage: run TARGET [EXECUTIONS] [SEED] | afl TARGET; targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
        return 2;
}
