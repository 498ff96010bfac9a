using Walkthrough;

// Usage: dotnet run --project samples/Walkthrough [FIXTURES-FOLDER]
// The history it makes is left in a new folder under the temporary folder, and its path printed, so the commands
// the tour shows can be tried on it.
var fixtures = args.Length > 0 ? args[0] : Tour.FindFixtures(AppContext.BaseDirectory);
var workFolder = Directory.CreateTempSubdirectory("artrev-walkthrough-");
Tour.Run(Console.Out, fixtures, workFolder.FullName);
