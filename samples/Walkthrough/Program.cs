using Walkthrough;

// Usage: dotnet run --project samples/Walkthrough [FIXTURES-FOLDER]
var fixtures = args.Length > 0 ? args[0] : Tour.FindFixtures(AppContext.BaseDirectory);
var workFolder = Directory.CreateTempSubdirectory("artrev-walkthrough-");
try
{
    Tour.Run(Console.Out, fixtures, workFolder.FullName);
}
finally
{
    workFolder.Delete(recursive: true);
}
