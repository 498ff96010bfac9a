using System.Globalization;
using ArticleRevisions.Fuzzing;

// run TARGET [EXECUTIONS] [SEED]: the in-process fuzzer; afl TARGET: AFL++'s inputs through SharpFuzz (afl.sh);
// seeds TARGET DIR: writes the target's seeds to DIR, one file each (AFL++'s -i); replay TARGET FILE...: runs each
// file through the target once and prints what escaped it (AFL++'s crashes); append FILE WRITER COUNT SIZE and
// read-loop FILE STOPFILE: the child processes of the store's many-process tests.
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
        // Persistent: one process runs input after input (its child, so a stack overflow or a hang costs a restart,
        // not the campaign); the input arrives on stdin.
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;
    case ["seeds", var name, var folder] when FuzzTargets.Find(name) is { } target:
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var input in target.Seeds())
        {
            File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"seed-{++written:D3}")), input);
        }

        Console.WriteLine($"{written} seeds of {name} in {folder}");
        return 0;
    case ["replay", var name, .. var files] when FuzzTargets.Find(name) is { } target && files.Length > 0:
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{file}: {e}");
            }
        }

        return failed == 0 ? 0 : 1;
    case ["append", var path, var writer, var count, var size]:
        return StoreDriver.Append(path, writer, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(size, CultureInfo.InvariantCulture));
    case ["read-loop", var path, var stop]:
        return StoreDriver.ReadLoop(path, stop);
    default:
        Console.Error.WriteLine($"usage: run TARGET [EXECUTIONS] [SEED] | afl TARGET | seeds TARGET DIR | replay TARGET FILE...; targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
        return 2;
}
