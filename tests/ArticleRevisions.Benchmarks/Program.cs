using ArticleRevisions.Benchmarks;
using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Benchmarks.Quality;
using BenchmarkDotNet.Running;

// Small modes beside BenchmarkDotNet's own arguments (--filter, --list, …):
//   --write-inputs DIR        writes every input pair to DIR, for timing git on the same texts
//   --make-git-inputs DIR SEED  writes the texts git-compare.sh times artrev and git on (2 KB to 10 MB, 1% edited; a rewrite)
//   --time ours|diffplex SHAPE  times one comparison once, for runs too long to benchmark
//   --make-history FILE N     writes the N-revision history of a 20 KB article the store is measured on
//   --profile-store FILE      the CPU and wall time of each step of add, show --at and log on a copy of FILE
//   --profile-loop FILE N     opens FILE and reads a revision in its middle N times, for a sampling profiler
//   quality [options]         the diff-quality benchmark (precision, recall, F1 of word edits): see Quality/
//   --repeat SHAPE N          compares one pair N times, for counting instructions under callgrind: see RESULTS.md
//   --write-mediawiki-dump PATH MEGABYTES SEED [REVISIONS-PER-PAGE]
//                             writes a generated MediaWiki dump, for timing `artrev import mediawiki` (see RESULTS.md)
if (args is ["quality", .. var qualityArgs])
{
    return QualityBenchmark.Run(qualityArgs, Console.Out);
}

if (args is ["--write-inputs", var directory])
{
    InputWriter.Write(directory, Console.Out);
    return 0;
}

if (args is ["--make-git-inputs", var gitDirectory, var gitSeed])
{
    GitCompareInputs.Write(gitDirectory, int.Parse(gitSeed, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

if (args is ["--repeat", var repeatShape, var calls])
{
    return RepeatDriver.Run(repeatShape, calls, Console.Out);
}

if (args is ["--write-mediawiki-dump", var dump, var megabytes, var seed, ..] && args.Length <= 5)
{
    var culture = System.Globalization.CultureInfo.InvariantCulture;
    int? perPage = args.Length == 5 ? int.Parse(args[4], culture) : null;
    MediaWikiDumpWriter.Write(dump, long.Parse(megabytes, culture) * 1024 * 1024, int.Parse(seed, culture), perPage, Console.Out);
    return 0;
}

if (args is ["--make-history", var historyPath, var count])
{
    return HistoryMaker.Run(historyPath, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

if (args is ["--profile-loop", var looped, var times])
{
    return StoreProfile.Loop(looped, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["--profile-store", var profiled])
{
    return StoreProfile.Run(profiled, Console.Out);
}

if (args is ["--time", var engine, var shape])
{
    return OneShotTimer.Run(engine, shape, Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
